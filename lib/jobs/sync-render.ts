// POST /api/pdf/generate: render now and answer with the PDF. The same render service as a job
// (child isolation, assets, limits), a shorter timeout. The template is checked (and its cost
// judged) before anything is held; then the render takes one of the caller's own slots (429 beyond
// them) and room in the node's child budget (503 if none frees up in time).
import { randomUUID } from "node:crypto";
import { open } from "node:fs/promises";
import type { Readable } from "node:stream";
import { env } from "@/lib/env";
import { resolveRenderSource } from "@/lib/jobs/render-source";
import { toRendererOptions } from "@/lib/jobs/render-options";
import { rendererErrorToAppError, renderToTemp, SYNC_CHILD_WAIT_MS, withRenderSlot } from "@/lib/jobs/render-to-temp";
import type { CreateRenderJobInput } from "@/lib/jobs/schema";

export type SyncRenderResult = { stream: Readable; size: number; pageCount: number; title: string };

export async function renderNow(ownerId: string, input: CreateRenderJobInput, signal?: AbortSignal): Promise<SyncRenderResult> {
  const source = await resolveRenderSource(ownerId, input);
  return withRenderSlot("sync", ownerId, () =>
    renderToTemp(
      {
        ownerId,
        yaml: source.yaml,
        options: {
          profile: source.profile ?? undefined,
          strict: source.strictMode,
          deterministic: source.deterministic,
          ...toRendererOptions(source.renderOptions),
        },
        timeoutSeconds: env.PDF_SYNC_TIMEOUT_SECONDS,
        // Temp names from a random id only.
        name: `sync-${randomUUID()}`,
        checkLimits: true,
        signal,
        waitMs: SYNC_CHILD_WAIT_MS,
      },
      // Open before the service removes the file: the handle keeps the bytes readable while nothing is left on disk.
      async ({ path, sizeBytes, result }) => ({
        stream: (await open(path, "r")).createReadStream(),
        size: sizeBytes,
        pageCount: result.pageCount,
        title: source.title,
      }),
    ).catch((err: unknown) => {
      throw rendererErrorToAppError(err);
    }),
  );
}
