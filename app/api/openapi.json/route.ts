import { publicRoute } from "@/lib/auth/route";
import { openApiDocument } from "@/lib/openapi/document";

// GET /api/openapi.json: the OpenAPI 3.1 description of this API (public; changes only with a deploy).
export const GET = publicRoute(async () =>
  Response.json(openApiDocument(), { headers: { "cache-control": "public, max-age=300", "access-control-allow-origin": "*" } }),
);
