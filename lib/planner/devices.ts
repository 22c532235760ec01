// What the builder needs to know about a device beyond its profile (§7.4): where the system swallows
// taps. Browser-safe, so the form can draw the page shape.
import { getProfile, listProfiles, profilePageSize } from "@/lib/templates/profiles";
import { productName } from "@/lib/templates/profiles/product-names";

/** Extra insets (pt) kept free of tappable navigation, on top of a small edge gap everywhere. */
export type NavInsets = { top: number; bottom: number; toolbarSide: number };

// Sources: vendor manuals and planner-maker reports (docs/planner-builder.md, "Safe areas").
// Kindle Scribe's toolbar overlays the top of a PDF; reMarkable and Supernote keep a toolbar on the
// side opposite the writing hand; Boox and Kobo reserve the top edge for the status bar and gestures.
const SCRIBE: NavInsets = { top: 56, bottom: 8, toolbarSide: 8 };
const SIDEBAR: NavInsets = { top: 8, bottom: 8, toolbarSide: 44 };
const STATUS: NavInsets = { top: 24, bottom: 16, toolbarSide: 8 };

/** Best-known devices first (the picker's order). */
const INSETS: Record<string, NavInsets> = {
  "remarkable-2": SIDEBAR,
  "remarkable-1": SIDEBAR,
  "remarkable-paper-pro": SIDEBAR,
  "remarkable-paper-pro-move-portrait": SIDEBAR,
  "remarkable-paper-pro-move-landscape": SIDEBAR,
  "kindle-scribe": SCRIBE,
  "kindle-paperwhite": STATUS,
  "supernote-a5x": SIDEBAR,
  "supernote-a6x": SIDEBAR,
  "supernote-manta": SIDEBAR,
  "supernote-nomad": SIDEBAR,
  "boox-note-air-4c": STATUS,
  "boox-note-air-4c-landscape": STATUS,
  "boox-note-air-4c-letter": STATUS,
  "boox-note-air-3c": STATUS,
  "boox-go-10.3": STATUS,
  "boox-go-color-7-portrait": STATUS,
  "boox-go-color-7-landscape": STATUS,
  "boox-max-13": STATUS,
  "boox-page": STATUS,
  "boox-tab-mini-c": STATUS,
  "boox-tab-ultra-c-portrait": STATUS,
  "boox-tab-ultra-c-landscape": STATUS,
  "kobo-elipsa-2e": STATUS,
  "kobo-sage": STATUS,
  "kobo-libra-2": STATUS,
  "kobo-clara-2e": STATUS,
};

const FALLBACK: NavInsets = { top: 16, bottom: 16, toolbarSide: 16 };

export type PlannerDevice = {
  id: string;
  name: string;
  width: number;
  height: number;
  color: boolean;
  /** Diagonal as the vendor states it, e.g. `10.3"`. */
  size: string;
  minFont: number;
  minTouch: number;
  minStroke: number;
  margin: number;
  insets: NavInsets;
};

/** The device a planner is laid out for; `undefined` when the profile id is unknown. */
export function plannerDevice(profileId: string, custom?: { width: number; height: number }): PlannerDevice | undefined {
  const profile = getProfile(profileId);
  if (!profile) return undefined;
  const page = custom ?? profilePageSize(profile);

  return {
    id: profile.id,
    name: productName(profile.id),
    width: page.width,
    height: page.height,
    color: profile.display.color,
    size: profile.display.physical_size,
    minFont: profile.constraints.min_font_pt,
    minTouch: profile.constraints.min_touch_target_pt,
    minStroke: profile.constraints.min_stroke_pt,
    margin: profile.pdf_settings.safe_margins[0],
    insets: INSETS[profile.id] ?? FALLBACK,
  };
}

/** Every built-in device, best-known first, for the builder's picker. */
export function listPlannerDevices(): PlannerDevice[] {
  const order = Object.keys(INSETS);
  return listProfiles()
    .map((p) => plannerDevice(p.id))
    .filter((d): d is PlannerDevice => d !== undefined)
    .sort((a, b) => rank(order, a.id) - rank(order, b.id) || a.name.localeCompare(b.name));
}

function rank(order: string[], id: string): number {
  const i = order.indexOf(id);
  return i < 0 ? order.length : i;
}
