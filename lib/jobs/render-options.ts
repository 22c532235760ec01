// Render options between the job API (snake_case, stored as JSON on the job row) and the renderer.
import { DEFAULT_RENDER_OPTIONS, renderOptionsSchema, type RenderOptionsInput } from "@/lib/jobs/schema";
import type { RenderOptions } from "@/lib/render-contract/types";

/**
 * The options stored on a job row. Rows from before the column (null) render with the defaults, as
 * they did; the column is only ever written from validated input, so nothing else is expected.
 */
export function readStoredRenderOptions(stored: unknown): RenderOptionsInput {
  const parsed = renderOptionsSchema.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_RENDER_OPTIONS;
}

export function toRendererOptions(
  o: RenderOptionsInput,
): Pick<RenderOptions, "touchTargets" | "linkTargets" | "constraintScope" | "today"> {
  return {
    touchTargets: o.touch_targets,
    linkTargets: o.link_targets,
    constraintScope: o.constraint_scope,
    ...(o.today !== undefined ? { today: o.today } : {}),
  };
}
