// Runs before every request: security headers (issue 16), and a per-request CSP nonce that Next
// applies to its own scripts. No authentication here: pages, actions and routes check the user.
import { NextResponse, type NextRequest } from "next/server";
import { methodNotAllowed } from "@/lib/api-methods/method-not-allowed";
import { API_CSP, createNonce, isHttps, pageCsp, securityHeaders } from "@/lib/security/headers";

export function proxy(request: NextRequest) {
  const https = isHttps(request.nextUrl, request.headers.get("x-forwarded-proto"));
  const isApi = request.nextUrl.pathname.startsWith("/api/");
  if (isApi) {
    const response = methodNotAllowed(request.method, request.nextUrl.pathname) ?? NextResponse.next();
    for (const [k, v] of Object.entries(securityHeaders({ csp: API_CSP, https }))) response.headers.set(k, v);
    return response;
  }
  const nonce = createNonce();
  const csp = pageCsp(nonce, { dev: process.env.NODE_ENV === "development" });
  // Next finds the nonce in the request's CSP header while rendering.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", csp);
  requestHeaders.set("x-nonce", nonce);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [k, v] of Object.entries(securityHeaders({ csp, https }))) response.headers.set(k, v);
  return response;
}

export const config = {
  // Hashed build assets are immutable files; everything else (pages, API, server actions) is covered.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
