import { apiRoute } from "@/lib/auth/route";
import { getDownloadInfoForOwner } from "@/lib/db/jobs";
import { AppError, notFound } from "@/lib/errors";
import { isRecordId } from "@/lib/api-input";
import { pdfFileResponse } from "@/lib/jobs/pdf-response";

type Params = { id: string };

// GET /api/pdf/jobs/{id}/download: the finished PDF (streamed, or a redirect to a signed URL).
export const GET = apiRoute<Params>(async (_req, { user, params }) => {
  const job = isRecordId(params.id) ? await getDownloadInfoForOwner(user.id, params.id) : null;
  if (!job) throw notFound("Job");
  if (job.status !== "completed") throw new AppError("CONFLICT", `Job is ${job.status}; only a completed job can be downloaded`);
  const response = job.outputPath ? await pdfFileResponse(job.outputPath, job.title) : null;
  if (!response) throw new AppError("NOT_FOUND", "The PDF was removed after the retention period; render it again");
  return response;
});
