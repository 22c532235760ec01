import { stat } from "node:fs/promises";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { pageLimitMessage } from "@/lib/templates/page-limit";

// User-facing limit messages. The job API contract fixes their wording; keep them word for word.
// The page limit's is the template layer's (lib/templates/page-limit.ts).

export function sizeLimitMessage(bytes: number, limitMb: number) {
  const mb = bytes / (1024 * 1024);
  // One decimal as in the contract ("75.3MB"); more for sub-megabyte limits so the figure is not 0.0.
  return `PDF is ${mb >= 1 ? mb.toFixed(1) : mb.toFixed(3)}MB, exceeds limit of ${limitMb}MB`;
}

export const timeoutMessage = (seconds: number) => `Process exceeded ${seconds}s timeout and was terminated`;

export const memoryMessage = (mb: number) => `Render exceeded the memory limit of ${mb} MB`;

export const workerLostMessage = (attempts: number) => `Job failed after ${attempts} attempts: the worker rendering it stopped responding`;

/**
 * Verifies a finished render against the server's ceilings, on the real output: the renderer
 * checks the page count before drawing, this catches anything that slipped past it. Returns the size.
 */
export async function checkOutputLimits(file: string, pageCount: number): Promise<number> {
  if (pageCount > env.MAX_PDF_PAGES) throw new AppError("PAGE_LIMIT", pageLimitMessage(pageCount, env.MAX_PDF_PAGES));
  const { size } = await stat(file);
  if (size > env.MAX_PDF_SIZE_MB * 1024 * 1024) throw new AppError("RENDER_LIMIT", sizeLimitMessage(size, env.MAX_PDF_SIZE_MB));
  return size;
}
