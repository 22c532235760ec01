import type { Metadata } from "next";
import { AssetList } from "@/components/settings/asset-list";
import { UploadAssetForm } from "@/components/settings/upload-asset-form";
import { Card, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { serializeAsset } from "@/lib/assets/serialize";
import { requireUser } from "@/lib/auth/current-user";
import { listAssets } from "@/lib/db/assets";
import { env } from "@/lib/env";
import { deleteAssetAction, uploadAssetAction } from "./actions";

export const metadata: Metadata = { title: "Assets" };

const PAGE_SIZE = 24;

type Props = { searchParams: Promise<{ page?: string }> };

export default async function AssetsPage({ searchParams }: Props) {
  const user = await requireUser();
  const page = Math.max(1, Number.parseInt((await searchParams).page ?? "1", 10) || 1);
  const { assets, total } = await listAssets(user.id, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  return (
    <>
      <PageHeader
        title="Assets"
        description={`Images your templates can use with image_src: asset:<name>. PNG or JPEG, up to ${env.MAX_ASSET_MB} MB and 40 megapixels each; ${total} of ${env.MAX_ASSETS_PER_USER} used.`}
      />
      <Card className="mb-6">
        <UploadAssetForm upload={uploadAssetAction} maxMb={env.MAX_ASSET_MB} />
      </Card>
      <Card>
        <AssetList assets={assets.map(serializeAsset)} remove={deleteAssetAction} />
        <Pagination
          page={page}
          pages={pages}
          total={total}
          noun="assets"
          href={(p) => (p > 1 ? `/settings/assets?page=${p}` : "/settings/assets")}
        />
      </Card>
    </>
  );
}
