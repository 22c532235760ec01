// One signed POST to a webhook URL, guarded against SSRF: every address the host resolves to is
// checked with the outbound-network guard (lib/net-guard) and the socket connects to exactly the
// checked address; redirects are never followed; the whole request has a deadline.
import http from "node:http";
import https from "node:https";
import { guardedLookup, isPolicyRefusal, systemResolver, type HostResolver } from "@/lib/net-guard/lookup";
import { addressPolicyFor, webhookUrlProblem, type WebhookPolicy } from "@/lib/webhooks/url";

export type TransportOptions = WebhookPolicy & { timeoutMs: number; connectTimeoutMs?: number; resolve?: HostResolver };

/**
 * `permanent`: retrying cannot help (a URL or address our policy refuses); the delivery is given up
 * at once. Everything else — a resolver failure (ENOTFOUND, EAI_AGAIN), a refused or slow
 * connection, an HTTP error — is retried with backoff.
 */
export type PostResult = { ok: true; statusCode: number } | { ok: false; statusCode: number | null; error: string; permanent: boolean };

export async function postWebhook(
  rawUrl: string,
  body: string,
  headers: Record<string, string>,
  opts: TransportOptions,
): Promise<PostResult> {
  const problem = webhookUrlProblem(rawUrl, opts);
  if (problem) return { ok: false, statusCode: null, error: `webhook_url ${problem}`, permanent: true };
  // IP literals (which Node connects to without calling `lookup`) were judged by webhookUrlProblem.
  const url = new URL(rawUrl);
  const policy = addressPolicyFor(opts);
  const deadline = AbortSignal.timeout(opts.timeoutMs);
  return new Promise<PostResult>((resolve) => {
    const client = url.protocol === "https:" ? https : http;
    const req = client.request(url, {
      method: "POST",
      agent: false, // no pooled sockets: each delivery resolves and checks its address again
      lookup: guardedLookup({ resolve: opts.resolve ?? systemResolver, policy }),
      headers: { ...headers, "content-length": String(Buffer.byteLength(body)) },
      signal: deadline,
    });
    const connectMs = opts.connectTimeoutMs ?? opts.timeoutMs;
    let connectTimedOut = false;
    req.on("socket", (socket) => {
      const timer = setTimeout(() => {
        connectTimedOut = true;
        req.destroy();
      }, connectMs);
      socket.once("connect", () => clearTimeout(timer));
      socket.once("close", () => clearTimeout(timer));
    });
    req.on("error", (err: NodeJS.ErrnoException) => {
      if (deadline.aborted)
        return resolve({ ok: false, statusCode: null, error: `no answer within ${opts.timeoutMs / 1000} s`, permanent: false });
      if (connectTimedOut)
        return resolve({ ok: false, statusCode: null, error: `could not connect within ${connectMs / 1000} s`, permanent: false });
      // The guard's refusals name the blocked range.
      if (isPolicyRefusal(err)) return resolve({ ok: false, statusCode: null, error: err.message, permanent: true });
      resolve({ ok: false, statusCode: null, error: `connection failed (${err.code ?? "error"})`, permanent: false });
    });
    req.on("response", (res) => {
      res.resume(); // the answer's body is not used
      const code = res.statusCode ?? 0;
      if (code >= 200 && code < 300) return resolve({ ok: true, statusCode: code });
      const redirect = code >= 300 && code < 400 ? " (redirects are not followed)" : "";
      resolve({ ok: false, statusCode: code, error: `HTTP ${code}${redirect}`, permanent: false });
    });
    req.end(body);
  });
}
