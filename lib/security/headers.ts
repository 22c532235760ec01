// Response headers every answer carries (pages, API, static files), decided in one place and
// applied by proxy.ts. Pure: no next/* imports, so it is unit-tested directly.

/** A fresh, unguessable nonce per request (128 bits, base64). */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The page policy. Next reads the nonce back from this header while rendering and stamps it on its
 * own inline and bundle scripts; 'strict-dynamic' lets those load their chunks. Styles stay
 * 'unsafe-inline': React `style` attributes, CodeMirror and the toaster inject styles at run time,
 * and a style cannot run code. Web Workers (the editor's full check) are same-origin or blob.
 */
export function pageCsp(nonce: string, opts: { dev: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${opts.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    // The editor previews the PDF from a blob URL in an iframe.
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * JSON, PDFs and images are never documents to run or embed elsewhere. (No `sandbox`: Chromium
 * refuses to show a PDF in a sandboxed document, and downloads may be opened in the browser.)
 */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

export function securityHeaders(opts: { csp: string; https: boolean }): Record<string, string> {
  return {
    "content-security-policy": opts.csp,
    "x-content-type-options": "nosniff",
    // Old browsers that ignore frame-ancestors.
    "x-frame-options": "DENY",
    "referrer-policy": "strict-origin-when-cross-origin",
    "cross-origin-opener-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=()",
    // Only over TLS: an HSTS header on plain http is ignored by browsers and misleads operators.
    ...(opts.https ? { "strict-transport-security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

/** Behind a TLS-terminating proxy the request arrives as http with `x-forwarded-proto: https`. */
export function isHttps(url: URL, forwardedProto: string | null): boolean {
  const proto = forwardedProto?.split(",")[0]?.trim().toLowerCase();
  return proto ? proto === "https" : url.protocol === "https:";
}
