// Cross-site request forgery guard for /api routes called with the session cookie. An HTML form on
// another site (a sibling subdomain defeats SameSite=Lax) can POST text/plain, urlencoded or
// multipart bodies with the cookie attached, but it cannot set `Content-Type: application/json`
// without a CORS preflight, and the browser always tells us where the request came from. Callers
// with `Authorization: Bearer` are not affected: a browser never attaches that by itself.
import { AppError } from "@/lib/errors";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export type CsrfOptions = {
  /** Origins (scheme://host[:port]) the app is served from, besides the request's own host. */
  appOrigins: string[];
  /** Media types the route accepts from a cookie caller; JSON unless the route says otherwise. */
  bodyTypes?: readonly string[];
};

const forbidden = (why: string) =>
  new AppError("FORBIDDEN", `Cross-site request refused: ${why}. Scripts should send an API token as \`Authorization: Bearer <token>\`.`);

export function assertSameOriginRequest(req: Request, opts: CsrfOptions): void {
  if (SAFE_METHODS.has(req.method)) return;
  const site = req.headers.get("sec-fetch-site");
  if (site !== null) {
    // Set by the browser itself; a page cannot forge it.
    if (site !== "same-origin") throw forbidden(`the request came from a ${site} context`);
  } else {
    const origin = req.headers.get("origin");
    if (!origin || origin === "null") throw forbidden("the Origin header is missing");
    if (!sameHostAsApp(origin, req, opts.appOrigins)) throw forbidden("the Origin header names another site");
  }
  if (["POST", "PUT", "PATCH"].includes(req.method)) {
    const type = (req.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
    const allowed = opts.bodyTypes ?? ["application/json"];
    if (!allowed.includes(type)) throw forbidden(`the body must be sent as ${allowed.join(" or ")}`);
  }
}

function sameHostAsApp(origin: string, req: Request, appOrigins: string[]): boolean {
  let host: string;
  try {
    host = new URL(origin).host.toLowerCase();
  } catch {
    return false;
  }
  // Next builds req.url from the Host header; behind a proxy x-forwarded-host is the public name.
  const own = [req.headers.get("x-forwarded-host"), req.headers.get("host"), new URL(req.url).host];
  const configured = appOrigins.flatMap((o) => {
    try {
      return [new URL(o).host];
    } catch {
      return [];
    }
  });
  return [...own, ...configured].some((h) => h?.split(",")[0]?.trim().toLowerCase() === host);
}
