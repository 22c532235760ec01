import { Readable } from "node:stream";
import { apiRoute } from "@/lib/auth/route";
import { getDownloadInfoForOwner } from "@/lib/db/jobs";
import { env } from "@/lib/env";
import { AppError, notFound } from "@/lib/errors";
import { isRecordId } from "@/lib/api-input";
import { downloadFileName } from "@/lib/jobs/serialize";
import { getStorage } from "@/lib/storage";
import { attachmentDisposition } from "@/lib/storage/s3";

type Params = { id: string };

// GET /api/pdf/jobs/{id}/download: the finished PDF (streamed, or a redirect to a signed URL).
export const GET = apiRoute<Params>(async (_req, { user, params }) => {
  const job = isRecordId(params.id) ? await getDownloadInfoForOwner(user.id, params.id) : null;
  if (!job) throw notFound("Job");
  if (job.status !== "completed") throw new AppError("CONFLICT", `Job is ${job.status}; only a completed job can be downloaded`);
  const gone = () => new AppError("NOT_FOUND", "The PDF was removed after the retention period; render it again");
  if (!job.outputPath) throw gone();
  const storage = getStorage();
  const fileName = downloadFileName(job.title);
  if (env.DOWNLOAD_MODE === "redirect") {
    const url = await storage.signedDownloadUrl(job.outputPath, { fileName, expiresInSeconds: env.DOWNLOAD_URL_TTL_SECONDS });
    if (url) return new Response(null, { status: 302, headers: { location: url, "cache-control": "no-store" } });
  }
  const file = await storage.read(job.outputPath);
  if (!file) throw gone();
  return new Response(Readable.toWeb(file.stream) as ReadableStream<Uint8Array>, {
    headers: {
      "content-type": "application/pdf",
      "content-length": String(file.size),
      "content-disposition": attachmentDisposition(fileName),
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
});
