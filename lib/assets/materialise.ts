// Makes the job owner's uploaded assets available to one render: the assets whose names appear in
// the YAML are copied from storage into a per-render temp directory, as files named by asset id, and
// the renderer gets a name → path map. The renderer never builds a path from a template.
import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { listAssetNames } from "@/lib/db/assets";
import { env } from "@/lib/env";
import { assetKey, getStorage } from "@/lib/storage";

export type RenderAssets = {
  /** `asset:` name → absolute path; empty when the template names none of the owner's assets. */
  files: Record<string, string>;
  /** Removes the temp directory; call it whatever the render's outcome. */
  dispose(): Promise<void>;
};

/**
 * A plain substring scan is enough: a name that merely appears in the text costs one extra copy,
 * and a name built by token substitution at render time (rare) is not seen and reports as missing.
 */
export function referencedAssets<T extends { name: string }>(yaml: string, owned: readonly T[]): T[] {
  return owned.filter((a) => yaml.includes(a.name));
}

/** Runs `render` with the owner's referenced assets in place, and removes the copies afterwards. */
export async function withRenderAssets<T>(ownerId: string, yaml: string, render: (files: Record<string, string>) => Promise<T>): Promise<T> {
  const assets = await materialiseAssets(ownerId, yaml);
  try {
    return await render(assets.files);
  } finally {
    await assets.dispose();
  }
}

export async function materialiseAssets(ownerId: string, yaml: string): Promise<RenderAssets> {
  const wanted = referencedAssets(yaml, await listAssetNames(ownerId));
  if (wanted.length === 0) return { files: {}, dispose: async () => {} };
  // Under JOBS_DIR/tmp, so the retention sweep removes it if this process dies mid-render.
  const dir = path.resolve(env.JOBS_DIR, "tmp", `assets-${randomUUID()}`);
  const dispose = () => rm(dir, { recursive: true, force: true });
  const files: Record<string, string> = {};
  try {
    await mkdir(dir, { recursive: true });
    const storage = getStorage();
    for (const asset of wanted) {
      const stored = await storage.read(assetKey(asset.id));
      if (!stored) continue; // deleted meanwhile: the render reports the name as missing
      const file = path.join(dir, asset.id);
      await pipeline(stored.stream, createWriteStream(file, { flags: "wx" }));
      files[asset.name] = file;
    }
  } catch (err) {
    await dispose();
    throw err;
  }
  return { files, dispose };
}
