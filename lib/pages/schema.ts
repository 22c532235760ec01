import { AppError } from "@/lib/errors";

/** `{n}` in a page URL: a 1-based page number, digits only. */
export function parsePageParam(n: string): number {
  const page = /^\d{1,6}$/.test(n) ? Number(n) : 0;
  if (page < 1) throw new AppError("BAD_INPUT", "page: must be a page number (1, 2, …)");
  return page;
}
