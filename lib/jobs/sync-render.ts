// POST /api/pdf/generate: render now and answer with the PDF. Same child isolation and limits
// as a job, a shorter timeout. The template is checked (and its cost judged) before anything is
// held; then the render takes one of the user's own slots (429 beyond them) and room in the node's
// child budget (shared with jobs and previews; 503 if none frees up in time).
import { randomUUID } from "node:crypto";
import { mkdir, open, rm, stat } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { withRenderAssets } from "@/lib/assets/materialise";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { renderInChild } from "@/lib/jobs/child-process";
import { withUserSlot } from "@/lib/jobs/user-slots";
import { resolveRenderSource } from "@/lib/jobs/enqueue";
import { checkOutputLimits } from "@/lib/jobs/limits";
import { toRendererOptions } from "@/lib/jobs/render-options";
import type { CreateRenderJobInput } from "@/lib/jobs/schema";
import { TemplateRenderError } from "@/lib/render/types";

/** How long a synchronous render waits for a free render process before answering 503. */
export const SYNC_CHILD_WAIT_MS = 15_000;

export type SyncRenderResult = { stream: Readable; size: number; pageCount: number; title: string };

export async function renderNow(ownerId: string, input: CreateRenderJobInput, signal?: AbortSignal): Promise<SyncRenderResult> {
  const source = await resolveRenderSource(ownerId, input);
  return withUserSlot("generate", ownerId, env.SYNC_RENDERS_PER_USER, () => renderSource(ownerId, source, signal));
}

async function renderSource(ownerId: string, source: Awaited<ReturnType<typeof resolveRenderSource>>, signal?: AbortSignal): Promise<SyncRenderResult> {
  // Temp names from a random id only; removed in every outcome below.
  const temp = path.resolve(env.JOBS_DIR, "tmp", `sync-${randomUUID()}.pdf`);
  try {
    await mkdir(path.dirname(temp), { recursive: true });
    const result = await withRenderAssets(ownerId, source.yaml, (assets) =>
      renderInChild({
        yaml: source.yaml,
        outputPath: temp,
        options: {
          profile: source.profile ?? undefined,
          strict: source.strictMode,
          deterministic: source.deterministic,
          maxPages: env.MAX_PDF_PAGES,
          assets,
          ...toRendererOptions(source.renderOptions),
        },
        timeoutSeconds: env.PDF_SYNC_TIMEOUT_SECONDS,
        signal,
        waitMs: SYNC_CHILD_WAIT_MS,
      }),
    );
    const size = await checkOutputLimits(temp, result.pageCount);
    // Open, then unlink: the open handle keeps the bytes readable while nothing is left on disk.
    const handle = await open(temp, "r");
    await rm(temp, { force: true });
    return { stream: handle.createReadStream(), size, pageCount: result.pageCount, title: source.title };
  } catch (err) {
    await rm(temp, { force: true });
    if (err instanceof TemplateRenderError) throw new AppError(err.code, err.message, { diagnostics: err.diagnostics.slice(0, 20) });
    throw err;
  }
}
