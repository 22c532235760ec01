// Default canvas of a compiled project without `default_canvas` (§2.4): the device profile's page
// size (§7.3) and safe margins, taken from the profile registry.
import { lookupProfile, profilePageSize } from "../profiles";

export type ProfileCanvasInfo = { width: number; height: number; margins: number[]; minTouch: number };

export function profileCanvasInfo(profile: string): ProfileCanvasInfo | undefined {
  const p = lookupProfile(profile).profile;
  if (!p) return undefined;
  const size = profilePageSize(p);
  return { ...size, margins: [...p.pdf_settings.safe_margins], minTouch: p.constraints.min_touch_target_pt };
}

/** Without a known profile: A4 portrait with 72-pt margins (§2.4). */
export function defaultCanvas(info: ProfileCanvasInfo | undefined): Record<string, unknown> {
  return {
    dimensions: { width: info?.width ?? 595.2, height: info?.height ?? 841.8, margins: info?.margins ?? [72, 72, 72, 72] },
    coordinate_system: "top_left",
    background: "#FFFFFF",
    grid_size: 10,
    snap_enabled: true,
  };
}
