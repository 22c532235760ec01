import { limitByIp } from "@/lib/auth/route";
import { recordShareLinkDownload } from "@/lib/db/share-links";
import { pdfFileResponse } from "@/lib/jobs/pdf-response";
import { shareRefusal } from "@/lib/share-links/refusal";
import { resolveShareToken } from "@/lib/share-links/share-links";

type Params = { token: string };

// GET /s/{token}: a share link's PDF, for anyone holding the URL (no sign-in), limited per IP.
export const GET = limitByIp("share", async (req: Request, { params }: { params: Promise<Params> }) => {
  const now = new Date();
  const found = await resolveShareToken((await params).token, now);
  if (!found.ok) return shareRefusal(found.status, found.message, req.headers.get("accept"));
  const response = await pdfFileResponse(found.job.outputPath, found.job.title);
  if (!response)
    return shareRefusal(410, "The PDF was removed from the server. Ask the owner to render it again.", req.headers.get("accept"));
  await recordShareLinkDownload(found.linkId, now);
  return response;
});
