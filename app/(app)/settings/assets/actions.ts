"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authAction } from "@/lib/auth/action";
import { uploadInputFromForm } from "@/lib/assets/read-upload";
import { assetIdSchema } from "@/lib/assets/schema";
import { deleteAsset, uploadAsset } from "@/lib/assets/upload";

// The form posts its FormData as is (`file`, optional `name`); the same checks as POST /api/assets.
export const uploadAssetAction = authAction(z.instanceof(FormData, { message: "send the upload form" }), async (form, { user }) => {
  const asset = await uploadAsset(user.id, await uploadInputFromForm(form));
  revalidatePath("/settings/assets");
  return { id: asset.id, name: asset.name };
});

export const deleteAssetAction = authAction(assetIdSchema, async ({ id }, { user }) => {
  await deleteAsset(user.id, id);
  revalidatePath("/settings/assets");
  return { id };
});
