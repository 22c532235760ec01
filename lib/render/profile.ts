// Device constraints used by the renderer (§7.1 defaults). Profile lookup and author-value enforcement
// belong to lib/templates; the renderer needs only these four numbers.
import type { RenderProfile } from "./model";

export const DEFAULT_PROFILE: RenderProfile = { id: "boox-note-air-4c", color: true, minFontPt: 10, minStrokePt: 0.75, minTouchPt: 30 };

export type ProfileLookup = (id: string) => RenderProfile | undefined;
let lookup: ProfileLookup | null = null;

export function setProfileLookup(fn: ProfileLookup | null): void {
  lookup = fn;
}

export function resolveProfile(id: string | undefined): RenderProfile {
  if (id && lookup) return lookup(id) ?? DEFAULT_PROFILE;
  return DEFAULT_PROFILE;
}
