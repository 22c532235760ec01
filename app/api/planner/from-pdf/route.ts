import { apiRoute } from "@/lib/auth/route";
import { AppError } from "@/lib/errors";
import { plannerOptionsFromPdf } from "@/lib/planner/from-pdf";

const MAX_PDF_BYTES = 64 * 1024 * 1024;

// POST /api/planner/from-pdf (body: the PDF): the builder options a planner PDF carries, e.g. last
// year's, to make this year's from them. 400 when the file carries none.
export const POST = apiRoute(
  async (req) => {
    const length = Number(req.headers.get("content-length") ?? 0);
    if (length > MAX_PDF_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", "The PDF is larger than 64 MB.");
    const bytes = new Uint8Array(await req.arrayBuffer());
    if (bytes.byteLength === 0) throw new AppError("BAD_INPUT", "Send the PDF as the request body.");
    if (bytes.byteLength > MAX_PDF_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", "The PDF is larger than 64 MB.");
    return Response.json({ planner: await plannerOptionsFromPdf(bytes) });
    // A PDF body cannot come from a cross-site HTML form (not a CORS-safelisted type), so it is as safe as JSON here.
  },
  { bodyTypes: ["application/pdf"] },
);
