// The public origin for links that leave the app (share links, e-mails): APP_URL when set, else
// what the request came in on, else the development default.
import { env } from "@/lib/env";

export function publicOrigin(requestUrl?: string): string {
  const configured = env.APP_URL ?? env.AUTH_URL;
  if (configured) return new URL(configured).origin;
  return requestUrl ? new URL(requestUrl).origin : "http://localhost:3000";
}
