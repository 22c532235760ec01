import { Readable } from "node:stream";
import { apiRoute, readJsonBody } from "@/lib/auth/route";
import { AppError } from "@/lib/errors";
import { RenderCancelledError } from "@/lib/jobs/child-process";
import { createRenderJobSchema } from "@/lib/jobs/schema";
import { downloadFileName } from "@/lib/jobs/serialize";
import { renderNow } from "@/lib/jobs/sync-render";
import { attachmentDisposition } from "@/lib/storage/s3";

// POST /api/pdf/generate: render a small document now (isolated child, shorter timeout) and return the PDF.
// The render runs in a child process, so this handler only awaits; the event loop stays free.
export const POST = apiRoute(
  async (req, { user }) => {
    const input = await readJsonBody(req, createRenderJobSchema);
    if (input.webhook_url !== undefined) {
      throw new AppError(
        "BAD_INPUT",
        "webhook_url: only background jobs (POST /api/pdf/jobs) send webhooks; this endpoint answers with the PDF",
      );
    }
    try {
      // A client that hangs up stops its render.
      const pdf = await renderNow(user.id, input, req.signal);
      return new Response(Readable.toWeb(pdf.stream) as ReadableStream<Uint8Array>, {
        headers: {
          "content-type": "application/pdf",
          "content-length": String(pdf.size),
          "content-disposition": attachmentDisposition(downloadFileName(pdf.title)),
          "x-page-count": String(pdf.pageCount),
          "cache-control": "no-store",
        },
      });
    } catch (err) {
      if (err instanceof RenderCancelledError) throw new AppError("BAD_INPUT", "The request was cancelled");
      throw err;
    }
  },
  { policy: "render" },
);
