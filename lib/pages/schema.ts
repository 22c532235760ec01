import { z } from "zod";
import { MAX_PAGE_IMAGE_WIDTH } from "@/lib/pages/keys";
import { AppError } from "@/lib/errors";

/** `{n}` in a page URL: a 1-based page number, digits only. */
export function parsePageParam(n: string): number {
  const page = /^\d{1,6}$/.test(n) ? Number(n) : 0;
  if (page < 1) throw new AppError("BAD_INPUT", "page: must be a page number (1, 2, …)");
  return page;
}

// GET /api/pdf/jobs/{id}/pages/{n}?width=: the picture width asked for (rounded up to a cached size).
export const pageImageQuerySchema = z.object({
  width: z.coerce.number().int().min(16).max(MAX_PAGE_IMAGE_WIDTH, `must be at most ${MAX_PAGE_IMAGE_WIDTH}`).default(240),
});
