import { apiRoute } from "@/lib/auth/route";
import { AppError, describeZodIssues, notFound } from "@/lib/errors";
import { pageImageResponse } from "@/lib/pages/image-response";
import { pageImageQuerySchema, parsePageParam } from "@/lib/pages/schema";
import { examplePicture } from "@/lib/samples/catalog";
import { getSamplePicture } from "@/lib/samples/pictures";

type Params = { id: string; n: string };

// GET /api/gallery/{id}/pictures/{n}?width=240: picture n (1-based, in the example's flip-through
// order) of a gallery example as a PNG, drawn by the renderer on first request and stored. The
// picture's URL stays the same when the year turns but its content does not, so browsers revalidate
// (the etag names the exact picture, and a match is a 304).
export const GET = apiRoute<Params>(async (req, { params }) => {
  const n = parsePageParam(params.n);
  const query = pageImageQuerySchema.safeParse({ width: req.nextUrl.searchParams.get("width") ?? undefined });
  if (!query.success) throw new AppError("BAD_INPUT", describeZodIssues(query.error.issues));
  const source = examplePicture(params.id, n);
  if (!source) throw notFound("Example picture");
  const image = await getSamplePicture(source.yaml, source.at, query.data.width);
  return pageImageResponse(req, image, "private, max-age=3600");
});
