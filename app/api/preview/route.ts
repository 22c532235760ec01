import { apiRoute, readJsonBody } from "@/lib/auth/route";
import { AppError } from "@/lib/errors";
import { RenderCancelledError } from "@/lib/jobs/child-process";
import { previewSchema, renderPreview } from "@/lib/preview/render-preview";

// POST /api/preview: the first 1–2 pages of a template or project as a PDF, for the editor.
// Template errors answer 422 with `error.details.diagnostics`; a client that hangs up stops the render.
export const POST = apiRoute(async (req, { user }) => {
  try {
    const input = await readJsonBody(req, previewSchema);
    const { pdf, pageCount } = await renderPreview(user.id, input, req.signal);
    return new Response(new Uint8Array(pdf), {
      headers: {
        "content-type": "application/pdf",
        "content-length": String(pdf.byteLength),
        "content-disposition": "inline",
        "x-page-count": String(pageCount),
        "cache-control": "no-store",
      },
    });
  } catch (err) {
    // The editor aborts a preview it no longer needs (more typing, leaving the page): not a server error.
    if (err instanceof RenderCancelledError || req.signal.aborted) throw new AppError("BAD_INPUT", "The request was cancelled");
    throw err;
  }
}, { policy: "render" });
