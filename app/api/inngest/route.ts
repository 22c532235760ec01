// GET/PUT/POST /api/inngest: Inngest introspects (GET), syncs (PUT) and runs functions (POST) here.
// Every request is verified against INNGEST_SIGNING_KEY by the SDK; this file only serves.
import { serve } from "inngest/next";
import { env } from "@/lib/env";
import { functions, inngest } from "@/inngest";
import { getJobQueue } from "@/lib/jobs/queue";

// Seconds; Next reads this literal at build time (Vercel: 800 needs Pro/Enterprise with Fluid
// Compute; on Hobby set 300 and PDF_TIMEOUT_SECONDS ≤ 240). Checkpointing hands over before it
// (INNGEST_CHECKPOINT_MAX_RUNTIME_SECONDS, default 780), and one render step must fit inside it.
export const maxDuration = 800;
// The render step forks a Node child process: never the Edge runtime.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const handlers = serve({
  client: inngest,
  functions,
  // Vercel Fluid Compute: stream the response so long requests are not cut by proxies (docs/deploy.md).
  streaming: env.INNGEST_STREAMING,
  // Behind a proxy the SDK cannot always infer the public URL it registers with Inngest.
  serveOrigin: env.APP_URL,
  servePath: "/api/inngest",
});

// With PDF_RUNNER=local or off nothing here is meant to be called, and the SDK would answer a
// bare 500 for want of keys: say plainly that this server does not run Inngest functions.
const notServed = async (): Promise<Response> =>
  Response.json(
    {
      error: {
        code: "NOT_FOUND",
        message: `Inngest is not used on this server (PDF_RUNNER=${getJobQueue().mode}); set PDF_RUNNER=inngest to serve functions here`,
      },
    },
    { status: 404, headers: { "cache-control": "no-store" } },
  );
const served = getJobQueue().mode === "inngest";

export const GET = served ? handlers.GET : notServed;
export const POST = served ? handlers.POST : notServed;
export const PUT = served ? handlers.PUT : notServed;
