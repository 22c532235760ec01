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

export const pageRect = z
  .tuple([z.number(), z.number(), z.number(), z.number()])
  .meta({ description: "[x0, y0, x1, y1] in points from the page's top-left corner" });
type OutlineJson = { title: string; page: number | null; children: OutlineJson[] };
export const outlineItemSchema: z.ZodType<OutlineJson> = z.lazy(() =>
  z.object({ title: z.string(), page: z.number().int().nullable(), children: z.array(outlineItemSchema) }),
);

/** GET /api/pdf/jobs/{id}/pages/{n}/links */
export const pageLinksJsonSchema = z
  .object({
    page_count: z.number().int(),
    page_size: z.object({ width: z.number(), height: z.number() }).meta({ description: "Points" }),
    links: z.array(
      z.object({
        rect: pageRect,
        page: z.number().int().nullable().meta({ description: "The page it opens; null for a web link" }),
        uri: z.string().nullable(),
      }),
    ),
    outline: z.array(outlineItemSchema),
  })
  .meta({ id: "PageLinks" });
export type PageLinksJson = z.infer<typeof pageLinksJsonSchema>;
