// POST /api/pdf/generate: render now and answer with the PDF. The same render service as a job
// (child isolation, assets, limits), a shorter timeout, and its own pool of render slots.
import { randomUUID } from "node:crypto";
import { open } from "node:fs/promises";
import type { Readable } from "node:stream";
import { env } from "@/lib/env";
import { resolveRenderSource } from "@/lib/jobs/render-source";
import { toRendererOptions } from "@/lib/jobs/render-options";
import { rendererErrorToAppError, renderToTemp, withRenderSlot } from "@/lib/jobs/render-to-temp";
import type { CreateRenderJobInput } from "@/lib/jobs/schema";

export type SyncRenderResult = { stream: Readable; size: number; pageCount: number; title: string };

const BUSY = "The renderer is busy; try again shortly or queue a job with POST /api/pdf/jobs";

export async function renderNow(ownerId: string, input: CreateRenderJobInput, signal?: AbortSignal): Promise<SyncRenderResult> {
  const source = await resolveRenderSource(ownerId, input);
  return withRenderSlot("sync", BUSY, () =>
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
      },
      // Open before the service removes the file: the handle keeps the bytes readable while nothing is left on disk.
      async ({ path, sizeBytes, result }) => ({ stream: (await open(path, "r")).createReadStream(), size: sizeBytes, pageCount: result.pageCount, title: source.title }),
    ).catch((err: unknown) => {
      throw rendererErrorToAppError(err);
    }),
  );
}
