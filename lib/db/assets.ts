// Uploaded image assets. The only Prisma user for the assets table; every query is scoped by owner.
import { db } from "@/lib/db/client";

const assetSelect = {
  id: true,
  name: true,
  contentType: true,
  sizeBytes: true,
  width: true,
  height: true,
  sha256: true,
  createdAt: true,
} as const;

export type AssetView = {
  id: string;
  name: string;
  contentType: string;
  sizeBytes: number;
  width: number;
  height: number;
  sha256: string;
  createdAt: Date;
};

export type NewAsset = Omit<AssetView, "id" | "createdAt">;

/** Creates the row; a duplicate name surfaces as a unique violation (lib/db/errors.ts). */
export function createAssetRow(ownerId: string, data: NewAsset): Promise<AssetView> {
  return db.asset.create({ data: { ownerId, ...data }, select: assetSelect });
}

export function countAssets(ownerId: string): Promise<number> {
  return db.asset.count({ where: { ownerId } });
}

export async function listAssets(
  ownerId: string,
  page: { limit: number; offset: number },
): Promise<{ assets: AssetView[]; total: number }> {
  const [assets, total] = await Promise.all([
    db.asset.findMany({
      where: { ownerId },
      // id breaks ties between uploads in the same millisecond, so pages never overlap.
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: page.limit,
      skip: page.offset,
      select: assetSelect,
    }),
    countAssets(ownerId),
  ]);
  return { assets, total };
}

export function getAssetForOwner(ownerId: string, assetId: string): Promise<AssetView | null> {
  return db.asset.findFirst({ where: { id: assetId, ownerId }, select: assetSelect });
}

/** Name and id of each of the owner's assets, for matching the names a template refers to. */
export function listAssetNames(ownerId: string): Promise<{ id: string; name: string }[]> {
  return db.asset.findMany({ where: { ownerId }, select: { id: true, name: true } });
}

export async function deleteAssetRow(ownerId: string, assetId: string): Promise<boolean> {
  const { count } = await db.asset.deleteMany({ where: { id: assetId, ownerId } });
  return count === 1;
}

/** Which of `ids` still have an asset row (the orphan sweep keeps their bytes). */
export async function listExistingAssetIds(ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.asset.findMany({ where: { id: { in: ids } }, select: { id: true } });
  return new Set(rows.map((r) => r.id));
}

/** Every asset id of `ownerId`, for deleting their bytes with the account. */
export async function listAssetIds(ownerId: string): Promise<string[]> {
  const rows = await db.asset.findMany({ where: { ownerId }, select: { id: true } });
  return rows.map((r) => r.id);
}
