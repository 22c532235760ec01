import { apiRoute, readJsonBody } from "@/lib/auth/route";
import { AppError } from "@/lib/errors";
import { RenderCancelledError } from "@/lib/jobs/child-process";
import { plannerPreviewSchema, renderPlannerPreview } from "@/lib/planner/preview";

// POST /api/planner/preview: one page of a planner from builder options, as a PNG data URL, with the
// whole planner's page count and that page's number in it. Bad options answer 400 naming the field.
export const POST = apiRoute(
  async (req, { user }) => {
    try {
      const input = await readJsonBody(req, plannerPreviewSchema);
      const r = await renderPlannerPreview(user.id, input, req.signal);
      return Response.json(
        { page: r.pageNumber, page_count: r.pageCount, page_size: r.size, image: `data:image/png;base64,${r.png.toString("base64")}` },
        { headers: { "cache-control": "no-store" } },
      );
    } catch (err) {
      if (err instanceof RenderCancelledError || req.signal.aborted) throw new AppError("BAD_INPUT", "The request was cancelled");
      throw err;
    }
  },
  { policy: "render" },
);
