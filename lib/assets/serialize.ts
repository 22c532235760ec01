// The asset as the API sees it: snake_case, ISO timestamps, and the reference a template writes.
import { assetReference, type AssetJson } from "@/lib/assets/schema";
import type { AssetView } from "@/lib/db/assets";

export type { AssetJson } from "@/lib/assets/schema";

export function serializeAsset(a: AssetView): AssetJson {
  return {
    id: a.id,
    name: a.name,
    reference: assetReference(a.name),
    content_type: a.contentType,
    size_bytes: a.sizeBytes,
    width: a.width,
    height: a.height,
    sha256: a.sha256,
    created_at: a.createdAt.toISOString(),
    content_url: `/api/assets/${a.id}/content`,
  };
}
