import { apiRoute, readJsonBody } from "@/lib/auth/route";
import { AppError } from "@/lib/errors";
import { RenderCancelledError } from "@/lib/jobs/child-process";
import { pagePreviewSchema, renderPagePreview, type PagePreviewJson } from "@/lib/preview/page-preview";

// POST /api/preview/page: any one page of a template or project, as drawn by the renderer, for the
// editor's page view and canvas. Answers JSON: the picture (a PNG data URL), the page size in points,
// the document's page count, the page's widgets (id, type, where to edit it, position), its internal
// links (rectangle and target page), the document's outline and the render's warnings (with the page's link check).
// Template errors answer 422 with `error.details.diagnostics`, like POST /api/preview.
export const POST = apiRoute(
  async (req, { user }) => {
    try {
      const { outline, ...input } = await readJsonBody(req, pagePreviewSchema);
      const { png, page, warnings } = await renderPagePreview(user.id, input, req.signal);
      const body: PagePreviewJson = {
        page: page.number,
        page_count: page.documentPages,
        page_size: page.size,
        image: `data:image/png;base64,${png.toString("base64")}`,
        widgets: page.widgets,
        links: page.links,
        ...(outline ? { outline: page.outline } : {}),
        warnings: warnings.slice(0, 50).map(({ severity, code, path, message, line, column, page: at, widget_id }) => ({
          severity,
          code,
          path,
          message,
          ...(line ? { line } : {}),
          ...(column ? { column } : {}),
          ...(at ? { page: at } : {}),
          ...(widget_id ? { widget_id } : {}),
        })),
      };
      return Response.json(body, { headers: { "cache-control": "no-store" } });
    } catch (err) {
      if (err instanceof RenderCancelledError || req.signal.aborted) throw new AppError("BAD_INPUT", "The request was cancelled");
      throw err;
    }
  },
  { policy: "render" },
);
