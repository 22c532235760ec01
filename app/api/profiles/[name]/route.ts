import { publicRoute } from "@/lib/auth/route";
import { notFound } from "@/lib/errors";
import { getProfile } from "@/lib/templates/profiles";
import { PROFILE_CACHE_HEADERS, serializeProfile } from "../serialize";

// GET /api/profiles/{name}: one device profile by id or display name (§7.2 lookup, aliases included).
export const GET = publicRoute<{ name: string }>(async (_req, { params }) => {
  const profile = getProfile(params.name);
  if (!profile) throw notFound("Device profile");
  return Response.json(serializeProfile(profile), { headers: PROFILE_CACHE_HEADERS });
});
