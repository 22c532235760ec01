import { publicRoute } from "@/lib/auth/route";
import { listProfiles } from "@/lib/templates/profiles";
import { PROFILE_CACHE_HEADERS, serializeProfile } from "./serialize";

// GET /api/profiles: every built-in device profile, sorted by id. Public and cacheable.
export const GET = publicRoute(async () =>
  Response.json({ profiles: listProfiles().map(serializeProfile) }, { headers: PROFILE_CACHE_HEADERS }),
);
