// Reading an asset upload: multipart/form-data with a `file` field and an optional `name`, from the
// REST API (a Request) or the settings form's server action (FormData already parsed by Next).
import { z } from "zod";
import { readLimitedBody } from "@/lib/auth/route";
import { uploadNameSchema } from "@/lib/assets/schema";
import { assetTooLarge, type UploadAssetInput } from "@/lib/assets/upload";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

// Room for the multipart boundaries, part headers and the name field around the file itself; the
// file's own size is checked exactly once parsed.
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

const nameField = z.object({ name: uploadNameSchema });

export async function uploadInputFromForm(form: FormData): Promise<UploadAssetInput> {
  const file = form.get("file");
  if (!(file instanceof Blob)) throw new AppError("BAD_INPUT", "file: attach a PNG or JPEG image as the `file` field");
  if (file.size > env.MAX_ASSET_MB * 1024 * 1024) throw assetTooLarge(file.size);
  const rawName = form.get("name");
  if (rawName !== null && typeof rawName !== "string") throw new AppError("BAD_INPUT", "name: must be text");
  const { name } = nameField.parse({ name: rawName ?? undefined });
  const fileName = file instanceof File ? file.name : undefined;
  return { data: Buffer.from(await file.arrayBuffer()), ...(fileName ? { fileName } : {}), ...(name ? { name } : {}) };
}

/** The REST equivalent of readJsonBody for uploads: 413 past MAX_ASSET_MB without buffering more. */
export async function readUploadRequest(req: Request): Promise<UploadAssetInput> {
  const type = req.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*;/i.test(type)) {
    throw new AppError("BAD_INPUT", "Send the image as multipart/form-data with a `file` field (curl -F file=@logo.png)");
  }
  const body = await readLimitedBody(req, env.MAX_ASSET_MB * 1024 * 1024 + MULTIPART_OVERHEAD_BYTES, () => assetTooLarge());
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(body), { headers: { "content-type": type } }).formData();
  } catch {
    throw new AppError("BAD_INPUT", "The multipart/form-data body is malformed");
  }
  return uploadInputFromForm(form);
}
