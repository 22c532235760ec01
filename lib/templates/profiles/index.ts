// Device profile registry: lookup (§7.2) and size formulas (§7.3). Browser-safe.
import { BUILTIN_PROFILE_FILES } from "./builtin";
import { PROFILE_ID_PATTERN, profileFileSchema, type DeviceProfile } from "./schema";

export type { DeviceProfile, ProfileConstraints } from "./schema";
export { PROFILE_ID_PATTERN } from "./schema";

export const DEFAULT_PROFILE = "boox-note-air-4c";

/** Old ids that still resolve, with a `deprecated` note (§7.2). */
const ALIASES: Record<string, string> = { "boox-tab-ultra-c": "boox-tab-ultra-c-portrait" };

/** Parses one profile file (§7.1); `id` is the file stem. Throws on an invalid file. */
export function parseProfile(id: string, raw: unknown): DeviceProfile {
  if (!PROFILE_ID_PATTERN.test(id)) throw new Error(`invalid profile id "${id}"`);
  return { id, ...profileFileSchema.parse(raw).profile };
}

const BUILTIN: ReadonlyMap<string, DeviceProfile> = new Map(BUILTIN_PROFILE_FILES.map(({ id, file }) => [id, parseProfile(id, file)]));

export function listProfiles(): DeviceProfile[] {
  return [...BUILTIN.values()].sort((a, b) => a.id.localeCompare(b.id));
}

export type ProfileLookup = { profile?: DeviceProfile; aliasOf?: string; replacedBuiltin?: boolean };

/**
 * §7.2 lookup: lower-case, `_` → `-`, then ids, then names (case-insensitive), then legacy aliases.
 * `extra` are user profiles; one with a built-in id replaces it.
 */
export function lookupProfile(requested: string, extra: readonly DeviceProfile[] = []): ProfileLookup {
  const key = requested.trim().toLowerCase().replace(/_/g, "-");
  const user = new Map(extra.map((p) => [p.id, p]));
  const byId = (id: string) => user.get(id) ?? BUILTIN.get(id);
  const direct = byId(key);
  if (direct) return { profile: direct, ...(user.has(key) && BUILTIN.has(key) ? { replacedBuiltin: true } : {}) };
  const all = [...user.values(), ...BUILTIN.values()];
  const byName = all.find((p) => p.name.toLowerCase().replace(/_/g, "-") === key);
  if (byName) return { profile: byName };
  const alias = Object.hasOwn(ALIASES, key) ? ALIASES[key] : undefined;
  const aliased = alias ? byId(alias) : undefined;
  return aliased ? { profile: aliased, aliasOf: key } : {};
}

export function getProfile(id: string): DeviceProfile | undefined {
  return lookupProfile(id).profile;
}

/** Rounds px / ppi × 72 to 0.1 pt, half away from zero, in exact arithmetic for integer ppi. */
function toPoints(px: number, ppi: number): number {
  if (Number.isInteger(ppi) && Number.isInteger(px)) {
    const numerator = px * 720;
    const tenths = Math.floor(numerator / ppi) + (2 * (numerator % ppi) >= ppi ? 1 : 0);
    return tenths / 10;
  }
  return Math.round(((px * 720) / ppi) * (1 + Number.EPSILON)) / 10;
}

function oriented(profile: DeviceProfile, w: number, h: number): [number, number] {
  const landscape = w > h;
  const wantLandscape = profile.pdf_settings.orientation === "landscape";
  return landscape === wantLandscape ? [w, h] : [h, w];
}

/** Page size in pt (§7.3). */
export function profilePageSize(profile: DeviceProfile): { width: number; height: number } {
  const [pxW, pxH] = oriented(profile, ...profile.display.screen_size);
  return { width: toPoints(pxW, profile.display.ppi), height: toPoints(pxH, profile.display.ppi) };
}

/** Device-resolution PNG size in px (§7.3): screen px with the same swap rule. */
export function profilePngSize(profile: DeviceProfile): { width: number; height: number } {
  const [width, height] = oriented(profile, ...profile.display.screen_size);
  return { width, height };
}
