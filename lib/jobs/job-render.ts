// A job's row as a render request, shared by the one-step render (pipeline.ts) and the steps of a job
// drawn in chunks (chunked-render.ts), so every part of a job renders with the same options.
import * as runs from "@/lib/db/job-runs";
import { env } from "@/lib/env";
import { RenderCancelledError } from "@/lib/jobs/child-process";
import { readStoredRenderOptions, toRendererOptions } from "@/lib/jobs/render-options";
import type { TempRender } from "@/lib/jobs/render-to-temp";
import { readStoredVariables } from "@/lib/jobs/variables";

export type JobRenderContext = { signal?: AbortSignal; onSpawn?: (pid: number) => void };

type JobForRender = NonNullable<Awaited<ReturnType<typeof runs.getJobForRender>>>;

/** The job as a render request (the same for every part of a job drawn in chunks). */
export function tempRenderOf(job: JobForRender, ctx: JobRenderContext): Omit<TempRender, "name" | "checkLimits"> {
  const variables = readStoredVariables(job.variables);
  return {
    ownerId: job.ownerId,
    yaml: job.yamlContent,
    options: {
      profile: job.profile ?? undefined,
      strict: job.strictMode,
      deterministic: job.deterministic,
      ...toRendererOptions(readStoredRenderOptions(job.renderOptions)),
      ...(variables ? { variables } : {}),
    },
    timeoutSeconds: env.PDF_TIMEOUT_SECONDS,
    signal: ctx.signal,
    onSpawn: ctx.onSpawn,
  };
}

/** The job's row, if it is still being rendered (cancelled or deleted: the render stops). */
export async function jobInProgress(jobId: string): Promise<JobForRender> {
  const job = await runs.getJobForRender(jobId);
  if (!job || job.status !== "processing") throw new RenderCancelledError();
  return job;
}
