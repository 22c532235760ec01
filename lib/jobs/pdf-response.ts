// The finished PDF as an HTTP answer (streamed, or a redirect to a presigned URL), shared by the
// owner's download route and share links. Null when the file is gone (retention).
import { Readable } from "node:stream";
import { env } from "@/lib/env";
import { downloadFileName } from "@/lib/jobs/serialize";
import { getStorage } from "@/lib/storage";
import { attachmentDisposition } from "@/lib/storage/s3";

export async function pdfFileResponse(outputPath: string, title: string): Promise<Response | null> {
  const storage = getStorage();
  const fileName = downloadFileName(title);
  if (env.DOWNLOAD_MODE === "redirect") {
    const url = await storage.signedDownloadUrl(outputPath, { fileName, expiresInSeconds: env.DOWNLOAD_URL_TTL_SECONDS });
    if (url) return new Response(null, { status: 302, headers: { location: url, "cache-control": "no-store" } });
  }
  const file = await storage.read(outputPath);
  if (!file) return null;
  return new Response(Readable.toWeb(file.stream) as ReadableStream<Uint8Array>, {
    headers: {
      "content-type": "application/pdf",
      "content-length": String(file.size),
      "content-disposition": attachmentDisposition(fileName),
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
