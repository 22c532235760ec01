import { Readable } from "node:stream";
import { isRecordId } from "@/lib/api-input";
import { apiRoute } from "@/lib/auth/route";
import { notFound } from "@/lib/errors";
import { openBatchZip } from "@/lib/jobs/batches";
import { downloadFileName } from "@/lib/jobs/serialize";
import { attachmentDisposition } from "@/lib/storage/s3";

type Params = { id: string };

// GET /api/pdf/batches/{id}/download: a ZIP with one <profile>.pdf per completed job, streamed.
export const GET = apiRoute<Params>(async (_req, { user, params }) => {
  if (!isRecordId(params.id)) throw notFound("Batch");
  const { title, stream } = await openBatchZip(user.id, params.id);
  return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, {
    headers: {
      "content-type": "application/zip",
      "content-disposition": attachmentDisposition(downloadFileName(title).replace(/\.pdf$/, ".zip")),
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
});
