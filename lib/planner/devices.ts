// What the builder needs to know about a device beyond its profile (§7.4): the name people know it
// by, and where the system swallows taps. Browser-safe, so the form can draw the page shape.
import { getProfile, listProfiles, profilePageSize } from "@/lib/templates/profiles";

/** Extra insets (pt) kept free of tappable navigation, on top of a small edge gap everywhere. */
export type NavInsets = { top: number; bottom: number; toolbarSide: number };

type DeviceInfo = { name: string; insets: NavInsets };

// Sources: vendor manuals and planner-maker reports (docs/planner-builder.md, "Safe areas").
// Kindle Scribe's toolbar overlays the top of a PDF; reMarkable and Supernote keep a toolbar on the
// side opposite the writing hand; Boox and Kobo reserve the top edge for the status bar and gestures.
const SCRIBE: NavInsets = { top: 56, bottom: 8, toolbarSide: 8 };
const SIDEBAR: NavInsets = { top: 8, bottom: 8, toolbarSide: 44 };
const STATUS: NavInsets = { top: 24, bottom: 16, toolbarSide: 8 };

const DEVICES: Record<string, DeviceInfo> = {
  "remarkable-2": { name: "reMarkable 2", insets: SIDEBAR },
  "remarkable-1": { name: "reMarkable 1", insets: SIDEBAR },
  "remarkable-paper-pro": { name: "reMarkable Paper Pro", insets: SIDEBAR },
  "remarkable-paper-pro-move-portrait": { name: "reMarkable Paper Pro Move", insets: SIDEBAR },
  "remarkable-paper-pro-move-landscape": { name: "reMarkable Paper Pro Move (landscape)", insets: SIDEBAR },
  "kindle-scribe": { name: "Kindle Scribe", insets: SCRIBE },
  "kindle-paperwhite": { name: "Kindle Paperwhite", insets: STATUS },
  "supernote-a5x": { name: "Supernote A5 X", insets: SIDEBAR },
  "supernote-a6x": { name: "Supernote A6 X", insets: SIDEBAR },
  "supernote-manta": { name: "Supernote Manta", insets: SIDEBAR },
  "supernote-nomad": { name: "Supernote Nomad", insets: SIDEBAR },
  "boox-note-air-4c": { name: "Boox Note Air4 C", insets: STATUS },
  "boox-note-air-4c-landscape": { name: "Boox Note Air4 C (landscape)", insets: STATUS },
  "boox-note-air-4c-letter": { name: "Boox Note Air4 C (Letter)", insets: STATUS },
  "boox-note-air-3c": { name: "Boox Note Air3 C", insets: STATUS },
  "boox-go-10.3": { name: "Boox Go 10.3", insets: STATUS },
  "boox-go-color-7-portrait": { name: "Boox Go Color 7", insets: STATUS },
  "boox-go-color-7-landscape": { name: "Boox Go Color 7 (landscape)", insets: STATUS },
  "boox-max-13": { name: "Boox Max Lumi 13.3", insets: STATUS },
  "boox-page": { name: "Boox Page", insets: STATUS },
  "boox-tab-mini-c": { name: "Boox Tab Mini C", insets: STATUS },
  "boox-tab-ultra-c-portrait": { name: "Boox Tab Ultra C", insets: STATUS },
  "boox-tab-ultra-c-landscape": { name: "Boox Tab Ultra C (landscape)", insets: STATUS },
  "kobo-elipsa-2e": { name: "Kobo Elipsa 2E", insets: STATUS },
  "kobo-sage": { name: "Kobo Sage", insets: STATUS },
  "kobo-libra-2": { name: "Kobo Libra 2", insets: STATUS },
  "kobo-clara-2e": { name: "Kobo Clara 2E", insets: STATUS },
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
  const info = DEVICES[profile.id];
  return {
    id: profile.id,
    name: info?.name ?? profile.name,
    width: page.width,
    height: page.height,
    color: profile.display.color,
    size: profile.display.physical_size,
    minFont: profile.constraints.min_font_pt,
    minTouch: profile.constraints.min_touch_target_pt,
    minStroke: profile.constraints.min_stroke_pt,
    margin: profile.pdf_settings.safe_margins[0],
    insets: info?.insets ?? FALLBACK,
  };
}

/** Every built-in device, best-known first, for the builder's picker. */
export function listPlannerDevices(): PlannerDevice[] {
  const order = Object.keys(DEVICES);
  return listProfiles()
    .map((p) => plannerDevice(p.id))
    .filter((d): d is PlannerDevice => d !== undefined)
    .sort((a, b) => rank(order, a.id) - rank(order, b.id) || a.name.localeCompare(b.name));
}

function rank(order: string[], id: string): number {
  const i = order.indexOf(id);
  return i < 0 ? order.length : i;
}
