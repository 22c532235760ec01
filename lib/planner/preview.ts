// The builder's live preview: one page of the planner, drawn by the same isolated render child as
// jobs and rasterised like the editor's page view, before anything is saved.
import { z } from "zod";
import { strictBody } from "@/lib/api-input";
import { env } from "@/lib/env";
import { renderPagePreview } from "@/lib/preview/page-preview";
import { generatePlanner } from "./generate";
import { plannerOptionsSchema } from "./schema";

export const PREVIEW_PAGE_TYPES = ["index", "year", "quarter", "month", "habits", "week", "day", "goals", "notes_index", "notes"] as const;

export const plannerPreviewSchema = strictBody({
  planner: plannerOptionsSchema,
  page: z.enum(PREVIEW_PAGE_TYPES).default("month"),
  width: z.number().int().min(100).max(2000).default(900),
});
export type PlannerPreviewInput = z.input<typeof plannerPreviewSchema>;

export async function renderPlannerPreview(ownerId: string, raw: PlannerPreviewInput, signal?: AbortSignal) {
  const input = plannerPreviewSchema.parse(raw);
  const g = generatePlanner(input.planner, env.MAX_PDF_PAGES, input.page);
  const { png, page } = await renderPagePreview(ownerId, { yaml_content: g.yaml, page: 1, width: input.width }, signal);
  return { png, size: page.size, pageCount: g.pageCount, pageNumber: g.pageNumber ?? 1 };
}
