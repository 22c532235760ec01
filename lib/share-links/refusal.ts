// What a refused share link answers: a small page for a browser, the API's error JSON for anything
// else. Never the file, and never which part of a forged token was wrong.
import { escapeHtml } from "@/lib/escape-html";

export function shareRefusal(status: 404 | 410, message: string, accept: string | null): Response {
  const headers = { "cache-control": "no-store", "x-robots-tag": "noindex" };
  if (!accept?.includes("text/html")) {
    return Response.json({ error: { code: status === 410 ? "GONE" : "NOT_FOUND", message } }, { status, headers });
  }
  const title = status === 410 ? "Link no longer available" : "Link not found";
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="color-scheme" content="light dark"><title>${title} · Inkset</title>
<style>body{margin:0;min-height:100vh;display:grid;place-items:center;font:16px/1.5 system-ui,sans-serif;background:#fafaf9;color:#1c1917}
main{max-width:26rem;margin:1.5rem;padding:2rem;border:1px solid #e7e5e4;border-radius:.75rem;background:#fff}
h1{font-size:1.25rem;margin:0 0 .5rem}p{margin:0 0 1rem;color:#57534e}a{color:#0f766e;font-weight:600}
@media (prefers-color-scheme:dark){body{background:#0c0a09;color:#f5f5f4}main{background:#1c1917;border-color:#292524}p{color:#a8a29e}a{color:#2dd4bf}}</style>
</head><body><main><h1>${title}</h1><p>${escapeHtml(message)}</p><a href="/">Go to Inkset</a></main></body></html>`;
  return new Response(page, { status, headers: { ...headers, "content-type": "text/html; charset=utf-8" } });
}
