// Which webhook URLs are accepted at job creation and before each delivery. https only (plain http
// only with WEBHOOK_ALLOW_HTTP, for development); no credentials in the URL; and, unless
// WEBHOOK_ALLOW_PRIVATE, no host that is a blocked address literal or "localhost". Host names are
// judged again after DNS resolution at delivery (transport.ts), where the answer may differ.
import net from "node:net";
import { classifyAddress, type AddressPolicy } from "@/lib/net-guard/address-policy";
import { env } from "@/lib/env";

export type WebhookPolicy = { allowHttp: boolean; allowPrivate: boolean };

export const webhookPolicyFromEnv = (): WebhookPolicy => ({
  allowHttp: env.WEBHOOK_ALLOW_HTTP,
  allowPrivate: env.WEBHOOK_ALLOW_PRIVATE,
});

/** The address check: the remote-image guard's, or everything when private targets are allowed. */
export const addressPolicyFor = (policy: WebhookPolicy): AddressPolicy =>
  policy.allowPrivate ? () => ({ allowed: true }) : classifyAddress;

const bareHost = (url: URL) =>
  url.hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, "")
    .replace(/\.$/, "");

/** Null when the URL may be used; otherwise why not, worded to follow "webhook_url: ". */
export function webhookUrlProblem(raw: string, policy: WebhookPolicy): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "must be an absolute URL";
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && policy.allowHttp)) return "must be an https URL";
  if (url.username || url.password) return "must not contain a user name or password";
  if (policy.allowPrivate) return null;
  const host = bareHost(url);
  if (host === "localhost" || host.endsWith(".localhost")) return "must not point to this server (localhost)";
  if (net.isIP(host)) {
    const verdict = classifyAddress(host);
    if (!verdict.allowed) return `must not point to a private or reserved address (${verdict.range})`;
  }
  return null;
}
