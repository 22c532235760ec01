// Resolves `asset:` names inside the configured asset roots (§9.2). The real path (symbolic links
// followed) must stay inside the root it was found in; callers report the name as written only.
import { open, realpath } from "node:fs/promises";
import path from "node:path";

export type AssetResult = { ok: true; data: Buffer } | { ok: false; message: string };

function inside(root: string, candidate: string): boolean {
  const rel = path.relative(root, candidate);
  // `..` as the first segment means outside; a name such as `..dots.png` is inside.
  return rel !== "" && rel !== ".." && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}

async function realOrNull(p: string): Promise<string | null> {
  try {
    return await realpath(p);
  } catch {
    return null;
  }
}

/** Reads the asset `name` from the first root that has it, refusing anything above `maxBytes`. */
export async function readAsset(name: string, roots: readonly string[], maxBytes: number): Promise<AssetResult> {
  if (roots.length === 0) return { ok: false, message: "asset references need configured asset folders" };
  for (const root of roots) {
    const realRoot = await realOrNull(root);
    if (!realRoot) continue;
    const found = await realOrNull(path.resolve(realRoot, name));
    if (!found) continue;
    if (!inside(realRoot, found)) return { ok: false, message: "asset resolves outside its asset folder" };
    return readAssetFile(found, maxBytes);
  }
  return { ok: false, message: "not found in the asset folders" };
}

/**
 * Reads one asset file whose path the caller chose (never built from the template), refusing anything
 * above `maxBytes`. Used for asset roots and for the hosted app's per-render asset files.
 */
export async function readAssetFile(file: string, maxBytes: number): Promise<AssetResult> {
  // Open first and size the open handle, so a file swapped after the check cannot be read unchecked.
  let handle;
  try {
    handle = await open(file, "r");
  } catch {
    return { ok: false, message: "asset cannot be read" };
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return { ok: false, message: "asset is not a file" };
    if (stat.size > maxBytes) return { ok: false, message: `image is larger than ${maxBytes} bytes` };
    const data = Buffer.alloc(stat.size);
    const { bytesRead } = await handle.read(data, 0, stat.size, 0);
    return { ok: true, data: data.subarray(0, bytesRead) };
  } finally {
    await handle.close();
  }
}
