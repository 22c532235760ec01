// The one Inngest client. Keys and modes come from lib/env (the only env reader); the SDK would
// otherwise read INNGEST_* from process.env itself.
import { Inngest } from "inngest";
import { env } from "@/lib/env";

export const INNGEST_APP_ID = "inkset";

// INNGEST_DEV=1 (or a dev-server URL) selects dev mode: no signing key needed, nothing leaves the machine
// except to that URL. Anything else ("0", unset) is cloud mode, where every request must be signed.
const devValue = env.INNGEST_DEV;
const isDev = devValue !== undefined && devValue !== "0" && devValue !== "false";
const devUrl = isDev && devValue && /^https?:\/\//.test(devValue) ? devValue : undefined;

export const inngest = new Inngest({
  id: INNGEST_APP_ID,
  isDev,
  baseUrl: devUrl ?? env.INNGEST_BASE_URL,
  eventKey: env.INNGEST_EVENT_KEY,
  signingKey: env.INNGEST_SIGNING_KEY,
  // Checkpointing (v4 default) runs the next steps in the same request; on a serverless host it must
  // hand back to Inngest before the platform kills the request (app/api/inngest/route.ts maxDuration).
  checkpointing: { maxRuntime: `${env.INNGEST_CHECKPOINT_MAX_RUNTIME_SECONDS}s` },
});
