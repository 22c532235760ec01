import { apiRoute, readJsonBody } from "@/lib/auth/route";
import { AppError } from "@/lib/errors";
import { RenderCancelledError } from "@/lib/jobs/child-process";
import { previewSchema, renderPreview } from "@/lib/preview/render-preview";
import type { Diagnostic } from "@/lib/templates/diagnostics";

// POST /api/preview: the first 1–2 pages of a template or project as a PDF, for the editor.
// Warnings travel in `x-warnings` (URI-encoded JSON). Template errors answer 422 with `error.details.diagnostics`; a client that hangs up stops the render.
export const POST = apiRoute(
  async (req, { user }) => {
    try {
      const input = await readJsonBody(req, previewSchema);
      const { pdf, pageCount, warnings } = await renderPreview(user.id, input, req.signal);
      return new Response(new Uint8Array(pdf), {
        headers: {
          "content-type": "application/pdf",
          "content-length": String(pdf.byteLength),
          "content-disposition": "inline",
          "x-page-count": String(pageCount),
          "x-warnings": warningsHeader(warnings),
          "cache-control": "no-store",
        },
      });
    } catch (err) {
      // The editor aborts a preview it no longer needs (more typing, leaving the page): not a server error.
      if (err instanceof RenderCancelledError || req.signal.aborted) throw new AppError("BAD_INPUT", "The request was cancelled");
      throw err;
    }
  },
  { policy: "render" },
);

/** The render's warnings as URI-encoded JSON, as many as fit in 4 KB (headers have size limits). */
function warningsHeader(warnings: Diagnostic[]): string {
  const shown = warnings.map(({ severity, code, path, message, line, column }) => ({ severity, code, path, message, line, column }));
  for (let n = shown.length; n > 0; n--) {
    const value = encodeURIComponent(JSON.stringify(shown.slice(0, n)));
    if (value.length <= 4096) return value;
  }
  return encodeURIComponent("[]");
}
