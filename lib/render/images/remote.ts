// Remote image fetching (§9.3), only for allowlisted hosts, through the outbound-network guard
// (lib/net-guard): every resolved address is checked and the socket connects to exactly that address.
import http from "node:http";
import https from "node:https";
import net from "node:net";
import type { AddressPolicy } from "@/lib/net-guard/address-policy";
import { guardedLookup, isPolicyRefusal, OutboundRefused as Refused, type HostResolver } from "@/lib/net-guard/lookup";

export type RemoteOptions = {
  /** Hosts allowed over https: exact names or `*.example.com` suffix rules. */
  hosts: readonly string[];
  /** Hosts explicitly permitted plain http (§9.1 allows this only by explicit configuration). */
  httpHosts: readonly string[];
  maxBytes: number;
  connectTimeoutMs: number;
  totalTimeoutMs: number;
  maxRedirects: number;
  resolve: HostResolver;
  policy: AddressPolicy;
  /** Tests only: wraps socket creation so a test can refuse any connection it did not expect. */
  createConnection?: http.ClientRequestArgs["createConnection"];
};

export type RemoteResult = { ok: true; data: Buffer } | { ok: false; message: string };

function bare(host: string): string {
  return host
    .toLowerCase()
    .replace(/^\[|\]$/g, "")
    .replace(/\.$/, "");
}

export function hostAllowed(host: string, rules: readonly string[]): boolean {
  const h = bare(host);
  return rules.some((rule) => {
    const r = bare(rule.trim());
    if (r.startsWith("*.")) return h.endsWith(r.slice(1)) && h.length > r.length - 1;
    return r !== "" && h === r;
  });
}

/** Checks scheme, credentials, host allowlist and (for IP literals) the address of one hop. */
function checkTarget(url: URL, opts: RemoteOptions): void {
  const host = bare(url.hostname);
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new Refused(`"${url.protocol}" redirects are not allowed`);
  if (url.username || url.password) throw new Refused("URLs with credentials are not allowed");
  if (!hostAllowed(host, opts.hosts)) throw new Refused(`host "${host}" is not on the image host allowlist`);
  if (url.protocol === "http:" && !hostAllowed(host, opts.httpHosts)) {
    throw new Refused(`plain http is not allowed for host "${host}"`);
  }
  // Node connects to IP literals without calling `lookup`, so they are judged here.
  if (net.isIP(host)) {
    const verdict = opts.policy(host);
    if (!verdict.allowed) throw new Refused(`address of "${host}" is in a blocked range (${verdict.range})`);
  }
}

type Hop = { redirect: URL } | { data: Buffer };

function requestOnce(url: URL, opts: RemoteOptions, deadline: AbortSignal): Promise<Hop> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === "https:" ? https : http;
    const req = client.request(url, {
      method: "GET",
      // No pooled sockets: each hop is checked and connected on its own. Node ignores
      // `createConnection` whenever an agent is set, so the test hook needs agent unset.
      agent: opts.createConnection ? undefined : false,
      lookup: guardedLookup(opts),
      headers: { accept: "image/png, image/jpeg", "user-agent": "inkset-renderer" },
      signal: deadline,
      ...(opts.createConnection ? { createConnection: opts.createConnection } : {}),
    });
    req.on("socket", (socket) => {
      const timer = setTimeout(() => req.destroy(new Refused("connection timed out")), opts.connectTimeoutMs);
      socket.once("connect", () => clearTimeout(timer));
      socket.once("close", () => clearTimeout(timer));
    });
    req.on("error", reject);
    req.on("response", (res) => {
      const status = res.statusCode ?? 0;
      if ([301, 302, 303, 307, 308].includes(status)) {
        res.resume();
        const location = res.headers.location;
        if (!location) return reject(new Refused(`redirect without a location (HTTP ${status})`));
        try {
          return resolve({ redirect: new URL(location, url) });
        } catch {
          return reject(new Refused("redirect to a malformed URL"));
        }
      }
      if (status !== 200) {
        res.resume();
        return reject(new Refused(`server answered HTTP ${status}`));
      }
      const declared = Number(res.headers["content-length"] ?? "0");
      const tooBig = new Refused(`response is larger than ${opts.maxBytes} bytes`);
      if (declared > opts.maxBytes) {
        res.destroy();
        return reject(tooBig);
      }
      const chunks: Buffer[] = [];
      let total = 0;
      res.on("data", (chunk: Buffer) => {
        total += chunk.length;
        if (total > opts.maxBytes) {
          reject(tooBig); // settles first: the 'aborted' that destroy() triggers is ignored
          res.destroy();
          return;
        }
        chunks.push(chunk);
      });
      res.on("error", reject);
      res.on("aborted", () => reject(new Refused("response was cut off")));
      res.on("end", () => resolve({ data: Buffer.concat(chunks) }));
    });
    req.end();
  });
}

/** Fetches an image URL under §9.3; never throws. Messages name hosts only, never credentials. */
export async function fetchRemote(start: URL, opts: RemoteOptions): Promise<RemoteResult> {
  const deadline = AbortSignal.timeout(opts.totalTimeoutMs);
  let url = start;
  try {
    for (let hop = 0; ; hop++) {
      checkTarget(url, opts);
      const result = await requestOnce(url, opts, deadline);
      if ("data" in result) return { ok: true, data: result.data };
      if (hop >= opts.maxRedirects) throw new Refused(`more than ${opts.maxRedirects} redirects`);
      url = result.redirect;
    }
  } catch (err) {
    if (err instanceof Refused) return { ok: false, message: err.message };
    const cause = err instanceof Error ? err : undefined;
    if (deadline.aborted) return { ok: false, message: `download took longer than ${opts.totalTimeoutMs / 1000} s` };
    // Lookup refusals arrive wrapped by the socket layer; keep their wording.
    if (cause && isPolicyRefusal(cause)) return { ok: false, message: cause.message };
    return { ok: false, message: "download failed" };
  }
}
