import { isRecordId } from "@/lib/api-input";
import { apiRoute } from "@/lib/auth/route";
import { AppError, describeZodIssues, notFound } from "@/lib/errors";
import { pageImageResponse } from "@/lib/pages/image-response";
import { getJobPageImage } from "@/lib/pages/job-pages";
import { pageImageQuerySchema as querySchema, parsePageParam } from "@/lib/pages/schema";

type Params = { id: string; n: string };

// GET /api/pdf/jobs/{id}/pages/{n}?width=240: page n (1-based) of a completed job as a PNG.
// The width is rounded up to a cached size (120, 240, 480, 960, 1600); a job's pages never change,
// so the picture may be cached privately for a day.
export const GET = apiRoute<Params>(async (req, { user, params }) => {
  const page = parsePageParam(params.n);
  if (!isRecordId(params.id)) throw notFound("Job");
  const query = querySchema.safeParse({ width: req.nextUrl.searchParams.get("width") ?? undefined });
  if (!query.success) throw new AppError("BAD_INPUT", describeZodIssues(query.error.issues));
  const image = await getJobPageImage(user.id, params.id, page, query.data.width);
  return pageImageResponse(req, image, "private, max-age=86400, immutable");
});
