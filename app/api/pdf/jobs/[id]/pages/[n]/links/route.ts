import { isRecordId } from "@/lib/api-input";
import { apiRoute } from "@/lib/auth/route";
import { notFound } from "@/lib/errors";
import { getJobPageNavigation } from "@/lib/pages/job-pages";
import { parsePageParam, type PageLinksJson } from "@/lib/pages/schema";

type Params = { id: string; n: string };

// GET /api/pdf/jobs/{id}/pages/{n}/links: the page's link rectangles (points from the top-left corner)
// with the page each one opens, the page size and the PDF's outline, for the page browser.
export const GET = apiRoute<Params>(async (_req, { user, params }) => {
  const page = parsePageParam(params.n);
  if (!isRecordId(params.id)) throw notFound("Job");
  const nav = await getJobPageNavigation(user.id, params.id, page);
  const body: PageLinksJson = { page_count: nav.pageCount, page_size: nav.size, links: nav.links, outline: nav.outline };
  return Response.json(body, { headers: { "cache-control": "private, max-age=3600" } });
});
