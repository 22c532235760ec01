// Where to send a user after sign-in. The value comes from the query string, so anything but a
// same-origin path would be an open redirect. Browsers treat `\` as `/` and drop tabs/newlines
// inside URLs, so `/\evil.test` and `/\t/evil.test` mean `//evil.test`: both are refused outright.
export const DEFAULT_CALLBACK = "/projects";

// An internal origin only used to resolve the path; never leaves this function.
const BASE = "http://inkset.invalid";

export function safeCallbackPath(raw: unknown): string {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 2048) return DEFAULT_CALLBACK;
  if (/[\\\u0000-\u001f\u007f]/.test(raw)) return DEFAULT_CALLBACK;
  if (!raw.startsWith("/") || raw.startsWith("//")) return DEFAULT_CALLBACK;
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return DEFAULT_CALLBACK;
  }
  if (url.origin !== BASE) return DEFAULT_CALLBACK;
  const path = url.pathname + url.search + url.hash;
  // The normalised path must still be a plain path (e.g. `/%2F/evil` stays encoded, but be strict).
  return path.startsWith("//") ? DEFAULT_CALLBACK : path;
}
