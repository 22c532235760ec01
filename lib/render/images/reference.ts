// Classifies an image reference as written in a template (§9.1) without touching the file system or
// the network. Anything not explicitly accepted is rejected.

export type ImageField = "image_data" | "image_src";

export type ParsedReference =
  | { kind: "inline"; base64: string }
  | { kind: "asset"; name: string }
  | { kind: "remote"; url: URL }
  | { kind: "rejected"; message: string };

const DATA_URI = /^data:image\/(png|jpe?g)(;[^,;]*)*;base64,(.*)$/is;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** How a reference may appear in a message: never data, credentials or a resolved path. */
export function describeReference(ref: string): string {
  const trimmed = ref.trim();
  if (/^data:/i.test(trimmed)) return "inline image data";
  try {
    const url = new URL(trimmed);
    if (url.protocol === "https:" || url.protocol === "http:") {
      return JSON.stringify(`${url.protocol}//${url.host}${url.pathname}`);
    }
  } catch {
    // Not a URL: an asset name or garbage, shown as written (shortened).
  }
  const short = trimmed.length > 80 ? `${trimmed.slice(0, 77)}...` : trimmed;
  return JSON.stringify(short);
}

function assetName(name: string): ParsedReference {
  if (name === "" || name.includes("\0")) return { kind: "rejected", message: "empty or invalid asset name" };
  if (/^[/\\~]/.test(name) || /^[a-z]:[/\\]/i.test(name)) {
    return { kind: "rejected", message: "absolute paths are not allowed" };
  }
  if (name.split(/[/\\]/).some((segment) => segment === "..")) {
    return { kind: "rejected", message: "'..' segments are not allowed" };
  }
  return { kind: "asset", name };
}

export function parseReference(raw: string, field: ImageField): ParsedReference {
  const ref = raw.trim();
  if (ref === "") return { kind: "rejected", message: "empty image reference" };
  const data = DATA_URI.exec(ref);
  if (data) return { kind: "inline", base64: data[3] ?? "" };
  if (/^data:/i.test(ref)) {
    return { kind: "rejected", message: "only base64 PNG or JPEG data URIs are accepted" };
  }
  // image_data holds bytes, never a location (§3.10).
  if (field === "image_data") return { kind: "inline", base64: ref };
  const scheme = SCHEME.exec(ref)?.[1]?.toLowerCase();
  if (scheme === "asset") return assetName(ref.slice("asset:".length));
  if (scheme === "https" || scheme === "http") {
    let url: URL;
    try {
      url = new URL(ref);
    } catch {
      return { kind: "rejected", message: "malformed URL" };
    }
    return { kind: "remote", url };
  }
  // A one-letter "scheme" is a Windows drive letter: an absolute path.
  if (scheme && scheme.length > 1) return { kind: "rejected", message: `"${scheme}:" references are not allowed` };
  return assetName(ref);
}
