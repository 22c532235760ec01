import { profilePageSize, type DeviceProfile } from "@/lib/templates/profiles";

/** The API shape of a device profile: the §7.1 file fields (already snake_case) plus derived sizes. */
export function serializeProfile(p: DeviceProfile) {
  return {
    id: p.id,
    name: p.name,
    display: p.display,
    pdf_settings: p.pdf_settings,
    constraints: p.constraints,
    // §7.3: what the renderer actually uses for the page, so clients need not redo the rounding.
    page_size_pt: profilePageSize(p),
  };
}

export type ProfileJson = ReturnType<typeof serializeProfile>;

// Profiles are built into the app and change only with a deploy, so shared caches may keep them an hour.
export const PROFILE_CACHE_HEADERS = { "cache-control": "public, max-age=3600" } as const;
