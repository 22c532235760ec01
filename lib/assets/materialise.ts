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

// A reference whose name a project fills in per page (`image_src: "asset:{month_name}.png"`): the text
// after `asset:` or `image_src:` up to a quote or blank, holding at least one `{token}`.
const TOKENISED_REFERENCE = /(?:asset:|image_src:[ \t]*["']?)([^\s"']*\{[^\s"']*)/g;
const TOKEN = /\{[^{}]*\}/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Each tokenised reference as a pattern over asset names, every `{token}` standing for any text. */
function tokenisedPatterns(yaml: string): RegExp[] {
  const patterns = new Map<string, RegExp>();
  for (const match of yaml.matchAll(TOKENISED_REFERENCE)) {
    const reference = (match[1] ?? "").replace(/^asset:/, "");
    const source = reference.split(TOKEN).map(escapeRegExp).join(".+");
    if (!patterns.has(source)) patterns.set(source, new RegExp(`^${source}$`, "s"));
  }
  return [...patterns.values()];
}

/**
 * The owner's assets a render may need. A plain substring scan is enough for literal names (one that
 * merely appears in the text costs one extra copy); a name a project builds from tokens matches every
 * asset its pattern could produce, so `asset:{month_name}.png` copies January.png … December.png.
 */
export function referencedAssets<T extends { name: string }>(yaml: string, owned: readonly T[]): T[] {
  const patterns = tokenisedPatterns(yaml);
  return owned.filter((a) => yaml.includes(a.name) || patterns.some((p) => p.test(a.name)));
}

/** Runs `render` with the owner's referenced assets in place, and removes the copies afterwards. */
export async function withRenderAssets<T>(
  ownerId: string,
  yaml: string,
  render: (files: Record<string, string>) => Promise<T>,
): Promise<T> {
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
