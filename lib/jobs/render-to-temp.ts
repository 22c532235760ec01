// The one render service: a document rendered into a temp file by an isolated, time-capped child,
// with the owner's uploaded assets, the server's output limits and clean-up in every outcome. Used by
// the job pipeline, POST /api/pdf/generate (sync-render.ts) and the editor preview.
import { mkdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { withRenderAssets } from "@/lib/assets/materialise";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { renderInChild } from "@/lib/jobs/child-process";
import { compiledFor } from "@/lib/jobs/inspect-cache";
import { checkOutputLimits } from "@/lib/jobs/limits";
import { withUserSlot } from "@/lib/jobs/user-slots";
import type { RenderPart } from "@/lib/render-contract/child-protocol";
import { TemplateRenderError, type RenderOptions, type RenderProgress, type RenderResult } from "@/lib/render-contract/types";

export type TempRender = {
  /** Whose uploaded assets `asset:` references resolve to. */
  ownerId: string;
  yaml: string;
  /** Renderer options; the page ceiling is always the server's MAX_PDF_PAGES. */
  options: Omit<RenderOptions, "assets" | "maxPages">;
  timeoutSeconds: number;
  /** Unique stem of the temp file under JOBS_DIR/tmp, from ids only. */
  name: string;
  /** Check page count and size against the server's ceilings (a two-page preview skips it). */
  checkLimits: boolean;
  signal?: AbortSignal;
  onSpawn?: (pid: number) => void;
  onProgress?: (p: RenderProgress) => void;
  /** How long to wait for room in the node's child budget before 503 (jobs: as long as it takes). */
  waitMs?: number;
  /** Keep the child warm for this owner's next render (the editor's previews). */
  keepForOwner?: boolean;
  /** One part of a job drawn by separate workers (chunked-render.ts); the whole document when absent. */
  part?: RenderPart;
};

export type TempFile = { path: string; sizeBytes: number; result: RenderResult };

/**
 * Renders, then hands the temp file to `withFile`; the file is removed when it settles (an open handle
 * keeps its bytes readable). Throws TemplateRenderError for user errors, AppError for limits and
 * RenderCancelledError when `signal` aborts.
 */
export async function renderToTemp<T>(req: TempRender, withFile: (file: TempFile) => Promise<T>): Promise<T> {
  const temp = path.resolve(env.JOBS_DIR, "tmp", `${req.name}.pdf`);
  await mkdir(path.dirname(temp), { recursive: true });
  const o = req.options;
  // The document as its check compiled it (a job's at creation, a preview's before its slot), when
  // that check ran in this process with the options this render loads with: the child then skips
  // parsing and compiling it again. Which pages are drawn is no load option: a preview page is drawn
  // from it too.
  const compiled = compiledFor(
    req.ownerId,
    req.yaml,
    { profile: o.profile, strict: o.strict, maxPages: env.MAX_PDF_PAGES, constraintScope: o.constraintScope },
    o.variables,
  );
  try {
    const result = await withRenderAssets(req.ownerId, req.yaml, (assets) =>
      renderInChild({
        yaml: req.yaml,
        ...(compiled ? { compiled } : {}),
        outputPath: temp,
        options: { ...req.options, maxPages: env.MAX_PDF_PAGES, assets },
        timeoutSeconds: req.timeoutSeconds,
        ownerId: req.ownerId,
        signal: req.signal,
        onSpawn: req.onSpawn,
        onProgress: req.onProgress,
        waitMs: req.waitMs,
        ...(req.keepForOwner ? { keepForOwner: true } : {}),
        ...(req.part ? { part: req.part } : {}),
      }),
    );
    const sizeBytes = req.checkLimits ? await checkOutputLimits(temp, result.pageCount) : (await stat(temp)).size;
    return await withFile({ path: temp, sizeBytes, result });
  } finally {
    await rm(temp, { force: true }); // partial output of a cancelled/failed render, or the used file
  }
}

/** Diagnostics an HTTP answer carries for a template the renderer refused. */
export const MAX_ERROR_DIAGNOSTICS = 50;

/** The one mapping of renderer errors to AppError for HTTP answers (422 with the diagnostics). */
export function rendererErrorToAppError(err: unknown): unknown {
  if (err instanceof TemplateRenderError)
    return new AppError(err.code, err.message, { diagnostics: err.diagnostics.slice(0, MAX_ERROR_DIAGNOSTICS) });
  return err;
}

/** How long a synchronous render or a preview waits for a free render process before 503. */
export const SYNC_CHILD_WAIT_MS = 15_000;

/**
 * Synchronous renders hold one of the caller's own slots (`SYNC_RENDERS_PER_USER` for
 * POST /api/pdf/generate, one preview): the holder's extra requests get 429 and nobody else waits
 * for them. How many render processes the machine runs is the child budget's business
 * (child-process.ts), shared with jobs.
 */
export function withRenderSlot<T>(pool: "sync" | "preview", ownerId: string, fn: () => Promise<T>): Promise<T> {
  return pool === "sync" ? withUserSlot("generate", ownerId, env.SYNC_RENDERS_PER_USER, fn) : withUserSlot("preview", ownerId, 1, fn);
}
