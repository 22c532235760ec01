// The editor's live preview: the first pages of the submitted YAML, drawn by the same isolated,
// time-capped render child as jobs and POST /api/pdf/generate, with the renderer's page cap.
import { randomUUID } from "node:crypto";
import { mkdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { withRenderAssets } from "@/lib/assets/materialise";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { renderInChild } from "@/lib/jobs/child-process";
import { toRendererOptions } from "@/lib/jobs/render-options";
import { renderOptionsSchema } from "@/lib/jobs/schema";
import { TemplateRenderError, type PagePreview } from "@/lib/render/types";
import type { Diagnostic } from "@/lib/templates/diagnostics";

export const PREVIEW_MAX_PAGES = 2;

export const previewSchema = z.object({
  yaml_content: z.string().min(1, "the template is empty").max(32 * 1024 * 1024, "must be at most 32 MiB"),
  profile: z.string().trim().min(1).max(64).optional(),
  pages: z.number().int().min(1).max(PREVIEW_MAX_PAGES).default(PREVIEW_MAX_PAGES),
  /** Draw only this page (any page of the document), for the page view and the canvas. */
  page: z.number().int().min(1).max(100_000).optional(),
  // Same options as a job, so the preview draws what the PDF will (constraint scope, today).
  render_options: renderOptionsSchema.optional(),
});
export type PreviewInput = z.infer<typeof previewSchema>;

/** `warnings`: what the render noticed but drew anyway (a missing image, an unknown font). */
export type PreviewResult = { pdf: Buffer; pageCount: number; page?: PagePreview; warnings: Diagnostic[] };

// Previews have their own slot count, so editors typing cannot starve POST /api/pdf/generate.
const slots = globalThis as unknown as { inksetPreviewRenders?: number };

/** `ownerId`: whose uploaded assets `asset:` references resolve to. */
export async function renderPreview(ownerId: string, input: PreviewInput, signal?: AbortSignal): Promise<PreviewResult> {
  const inUse = slots.inksetPreviewRenders ?? 0;
  if (inUse >= env.PDF_WORKER_CONCURRENCY) throw new AppError("UNAVAILABLE", "The previewer is busy; try again in a moment");
  slots.inksetPreviewRenders = inUse + 1;
  const temp = path.resolve(env.JOBS_DIR, "tmp", `preview-${randomUUID()}.pdf`);
  try {
    await mkdir(path.dirname(temp), { recursive: true });
    const result = await withRenderAssets(ownerId, input.yaml_content, (assets) =>
      renderInChild({
        yaml: input.yaml_content,
        outputPath: temp,
        // Non-strict: links into the pages the preview leaves out are dropped, not fatal.
        options: {
          profile: input.profile,
          strict: false,
          deterministic: true,
          maxPages: env.MAX_PDF_PAGES,
          ...(input.page ? { previewPage: input.page } : { previewPages: input.pages }),
          assets,
          ...(input.render_options ? toRendererOptions(input.render_options) : {}),
        },
        timeoutSeconds: env.PDF_SYNC_TIMEOUT_SECONDS,
        signal,
      }),
    );
    // Two pages are small; buffering keeps the temp file's life inside this function.
    return {
      pdf: await readFile(temp),
      pageCount: result.pageCount,
      ...(result.page ? { page: result.page } : {}),
      warnings: result.diagnostics.filter((d) => d.severity === "warning"),
    };
  } catch (err) {
    if (err instanceof TemplateRenderError) throw new AppError(err.code, err.message, { diagnostics: err.diagnostics.slice(0, 50) });
    throw err;
  } finally {
    await rm(temp, { force: true });
    slots.inksetPreviewRenders = (slots.inksetPreviewRenders ?? 1) - 1;
  }
}
