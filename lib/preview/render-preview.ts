// The editor's live preview: the first pages of the submitted YAML, drawn by the same isolated,
// time-capped render child as jobs and POST /api/pdf/generate, with the renderer's page cap.
// The template is checked (validity, page limit, cost budget) before the user's preview slot is
// taken, so a doomed request never holds it; page after page of the same text is checked once, and
// the render child draws from the document that check compiled.
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { z } from "zod";
import { env } from "@/lib/env";
import { RenderCancelledError } from "@/lib/jobs/child-process";
import { inspectOffThread } from "@/lib/jobs/inspect-pool";
import { toRendererOptions } from "@/lib/jobs/render-options";
import { inspectionError } from "@/lib/jobs/render-source";
import { rendererErrorToAppError, renderToTemp, SYNC_CHILD_WAIT_MS, withRenderSlot } from "@/lib/jobs/render-to-temp";
import { DEFAULT_RENDER_OPTIONS, renderOptionsSchema } from "@/lib/jobs/schema";
import type { PagePreview } from "@/lib/render-contract/types";
import type { Diagnostic } from "@/lib/templates/diagnostics";

export const PREVIEW_MAX_PAGES = 2;

export const previewSchema = z.object({
  yaml_content: z
    .string()
    .min(1, "the template is empty")
    .max(32 * 1024 * 1024, "must be at most 32 MiB"),
  profile: z.string().trim().min(1).max(64).optional(),
  pages: z.number().int().min(1).max(PREVIEW_MAX_PAGES).default(PREVIEW_MAX_PAGES),
  /** Draw only this page (any page of the document), for the page view and the canvas. */
  page: z.number().int().min(1).max(100_000).optional(),
  /** With `page`: show the page this destination is on instead (a project's `day:2026-03-14`), if any. */
  destination: z.string().trim().min(1).max(200).optional(),
  // Same options as a job, so the preview draws what the PDF will (constraint scope, today).
  render_options: renderOptionsSchema.optional(),
});
export type PreviewInput = z.infer<typeof previewSchema>;

/** `warnings`: what the render noticed but drew anyway (a missing image, an unknown font). */
export type PreviewResult = { pdf: Buffer; pageCount: number; page?: PagePreview; warnings: Diagnostic[] };

/**
 * `ownerId`: whose uploaded assets `asset:` references resolve to. One preview per user at a time
 * (the editor's next request supersedes a running one anyway), in the node's shared child budget.
 */
export async function renderPreview(ownerId: string, input: PreviewInput, signal?: AbortSignal): Promise<PreviewResult> {
  await checkBeforeSlot(ownerId, input);
  if (signal?.aborted) throw new RenderCancelledError();
  return withRenderSlot("preview", ownerId, () =>
    renderToTemp(
      {
        ownerId,
        yaml: input.yaml_content,
        // Non-strict: links into the pages the preview leaves out are dropped, not fatal.
        options: {
          profile: input.profile,
          strict: false,
          deterministic: true,
          ...(input.page
            ? { previewPage: input.page, ...(input.destination ? { previewDestination: input.destination } : {}) }
            : { previewPages: input.pages }),
          ...(input.render_options ? toRendererOptions(input.render_options) : {}),
        },
        timeoutSeconds: env.PDF_SYNC_TIMEOUT_SECONDS,
        name: `preview-${randomUUID()}`,
        checkLimits: false,
        signal,
        waitMs: SYNC_CHILD_WAIT_MS,
        // The editor asks for page after page: a warm child draws each in a fraction of a cold one's time.
        keepForOwner: true,
      },
      // Two pages are small; buffering keeps the temp file's life inside the service.
      async ({ path, result }) => ({
        pdf: await readFile(path),
        pageCount: result.pageCount,
        ...(result.page ? { page: result.page } : {}),
        warnings: result.diagnostics.filter((d) => d.severity === "warning"),
      }),
    ).catch((err: unknown) => {
      throw rendererErrorToAppError(err);
    }),
  );
}

/**
 * What the render child would refuse (an invalid template, the page limit, a cost over budget), as
 * the 422 it would answer, with the options the child loads with. Answered once per text
 * (lib/jobs/inspect-cache.ts), which also keeps the compiled document the preview's render child
 * then starts from (render-to-temp.ts), so a changed text is compiled once, not twice.
 */
async function checkBeforeSlot(ownerId: string, input: PreviewInput): Promise<void> {
  const inspected = await inspectOffThread(ownerId, input.yaml_content, {
    profile: input.profile,
    strict: false,
    maxPages: env.MAX_PDF_PAGES,
    constraintScope: (input.render_options ?? DEFAULT_RENDER_OPTIONS).constraint_scope,
  });
  if (!inspected.ok) throw inspectionError(inspected);
}
