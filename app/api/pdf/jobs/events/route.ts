import { apiRoute } from "@/lib/auth/route";
import { jobEventStream } from "@/lib/jobs/live-stream";

export const dynamic = "force-dynamic";

// GET /api/pdf/jobs/events: Server-Sent Events with every change of the caller's jobs (`event: job`,
// data = the job's JSON plus `queue_position`). Only the caller's own jobs; polling GET /api/pdf/jobs/{id}
// gives the same data when a client cannot keep a stream open.
export const GET = apiRoute(async (req, { user }) => {
  return new Response(jobEventStream(user.id, req.signal), {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-store, no-transform",
      // Next's gzip would buffer the stream until it ends: events must leave as they are written.
      "content-encoding": "none",
      connection: "keep-alive",
      // Proxies such as nginx would otherwise buffer the stream.
      "x-accel-buffering": "no",
    },
  });
});
