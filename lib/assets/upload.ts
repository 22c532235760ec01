// Uploading and deleting image assets: checks (§9.4: magic bytes, header dimensions, pixel and size
// limits), the per-user cap, the row, and the bytes in storage under a key made from the asset id.
import { createHash, randomUUID } from "node:crypto";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import * as assets from "@/lib/db/assets";
import { isUniqueViolation } from "@/lib/db/errors";
import { env } from "@/lib/env";
import { AppError, notFound } from "@/lib/errors";
import { assetNameSchema, nameFromFileName } from "@/lib/assets/schema";
import { inspectImage } from "@/lib/image-content";
import { assetKey, getStorage } from "@/lib/storage";

export type UploadAssetInput = {
  data: Buffer;
  /** The uploaded file's name; the asset name defaults to a sanitised copy of it. */
  fileName?: string;
  /** Already validated by assetNameSchema at the boundary. */
  name?: string;
};

const CONTENT_TYPES = { png: "image/png", jpg: "image/jpeg" } as const;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export const assetTooLarge = (bytes?: number) =>
  new AppError(
    "PAYLOAD_TOO_LARGE",
    bytes === undefined
      ? `The file exceeds the limit of ${env.MAX_ASSET_MB} MB`
      : `The file is ${mb(bytes)}; the limit is ${env.MAX_ASSET_MB} MB`,
  );

const quotaReached = () =>
  new AppError("QUOTA_EXCEEDED", `You have reached the limit of ${env.MAX_ASSETS_PER_USER} assets; delete some before uploading more`);

function resolveName(input: UploadAssetInput): string {
  if (input.name !== undefined) return assetNameSchema.parse(input.name);
  const derived = input.fileName ? nameFromFileName(input.fileName) : null;
  if (!derived) throw new AppError("BAD_INPUT", "name: the file name cannot be used as an asset name; send a name field");
  return derived;
}

export async function uploadAsset(ownerId: string, input: UploadAssetInput): Promise<assets.AssetView> {
  const name = resolveName(input);
  if (input.data.byteLength > env.MAX_ASSET_MB * 1024 * 1024) throw assetTooLarge(input.data.byteLength);
  const checked = await inspectImage(input.data);
  if (!checked.ok) throw new AppError("IMAGE_INVALID", `file: ${checked.message}`);
  if ((await assets.countAssets(ownerId)) >= env.MAX_ASSETS_PER_USER) throw quotaReached();

  let row: assets.AssetView;
  try {
    row = await assets.createAssetRow(ownerId, {
      name,
      contentType: CONTENT_TYPES[checked.info.format],
      sizeBytes: input.data.byteLength,
      width: checked.info.width,
      height: checked.info.height,
      sha256: createHash("sha256").update(input.data).digest("hex"),
    });
  } catch (err) {
    if (isUniqueViolation(err)) {
      throw new AppError("CONFLICT", `An asset named "${name}" already exists; delete it first or choose another name`);
    }
    throw err;
  }
  // Two uploads racing past the count above would both be created; recounting after the insert
  // refuses the surplus (at worst both, never more than the cap).
  if ((await assets.countAssets(ownerId)) > env.MAX_ASSETS_PER_USER) {
    await assets.deleteAssetRow(ownerId, row.id);
    throw quotaReached();
  }

  const temp = path.resolve(env.JOBS_DIR, "tmp", `upload-${randomUUID()}`);
  try {
    await mkdir(path.dirname(temp), { recursive: true });
    await writeFile(temp, input.data);
    await getStorage().putFile(assetKey(row.id), temp, { contentType: row.contentType });
  } catch (err) {
    await assets.deleteAssetRow(ownerId, row.id);
    throw err;
  } finally {
    await rm(temp, { force: true }); // the fs driver moved it already; S3 leaves it behind
  }
  return row;
}

/** Bytes first, then the row: a failed storage delete leaves everything as it was, so a retry works. */
export async function deleteAsset(ownerId: string, assetId: string): Promise<void> {
  const row = await assets.getAssetForOwner(ownerId, assetId);
  if (!row) throw notFound("Asset");
  await getStorage().delete(assetKey(row.id));
  await assets.deleteAssetRow(ownerId, row.id);
}

export async function readAssetContent(
  ownerId: string,
  assetId: string,
): Promise<{ asset: assets.AssetView; stream: Readable; size: number }> {
  const asset = await assets.getAssetForOwner(ownerId, assetId);
  if (!asset) throw notFound("Asset");
  const file = await getStorage().read(assetKey(asset.id));
  if (!file) throw notFound("Asset content");
  return { asset, ...file };
}
