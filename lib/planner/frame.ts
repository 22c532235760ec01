// Page geometry and the type scale for one device: where the side tabs, the navigation bar, the title
// and the body go. Tabs sit on the writing hand's side; nothing tappable goes into the device's
// toolbar and status areas (devices.ts).
import type { PlannerDevice } from "./devices";
import type { PlannerOptions } from "./schema";
import { getTheme, type Palette, type Theme } from "./themes";

export type Rect = { x: number; y: number; width: number; height: number };

export type Frame = {
  W: number;
  H: number;
  dev: PlannerDevice;
  theme: Theme;
  pal: Palette;
  hand: "right" | "left";
  /** The tab strip along the page edge. */
  tabs: Rect;
  nav: Rect;
  title: Rect;
  body: Rect;
  type: { display: number; h1: number; h2: number; body: number; small: number };
  /** A comfortable finger/pen target on this device. */
  touch: number;
  /** Thinnest rule the device keeps (constraints.min_stroke_pt). */
  hair: number;
};

const r1 = (n: number) => Math.round(n * 10) / 10;

export function frameFor(dev: PlannerDevice, o: PlannerOptions): Frame {
  const W = dev.width;
  const H = dev.height;
  const scale = Math.min(1.35, Math.max(0.62, Math.min(W, H) / 445));
  const font = (pt: number) => r1(Math.max(dev.minFont, pt * scale));
  const touch = Math.max(dev.minTouch, 28);
  const edge = 4;
  const tabW = r1(Math.max(30, 34 * scale));
  const m = r1(Math.min(32, Math.max(14, dev.margin * 0.7)));
  const left = o.hand === "left";
  // The toolbar sits opposite the writing hand (reMarkable, Supernote); the tabs sit on the hand side.
  const toolbar = Math.max(m, dev.insets.toolbarSide + 6);
  const top = r1(Math.max(m * 0.8, dev.insets.top + 4));
  const bottom = r1(H - Math.max(m * 0.8, dev.insets.bottom + 4));
  const tabX = left ? edge : r1(W - edge - tabW);
  const contentX = r1(left ? edge + tabW + m * 0.7 : toolbar);
  const contentR = r1(left ? W - toolbar : tabX - m * 0.7);
  const navH = r1(Math.max(touch, 26));
  const type = { display: font(26), h1: font(17), h2: font(12), body: font(10.5), small: font(9) };
  const titleY = r1(top + navH + 6 * scale);
  const titleH = r1(type.display * 1.5);
  const bodyY = r1(titleY + titleH + 8 * scale);
  const theme = getTheme(o.theme);
  return {
    W,
    H,
    dev,
    theme,
    pal: theme.palette(dev.color),
    hand: o.hand,
    tabs: { x: tabX, y: top, width: tabW, height: r1(bottom - top) },
    nav: { x: contentX, y: top, width: r1(contentR - contentX), height: navH },
    title: { x: contentX, y: titleY, width: r1(contentR - contentX), height: titleH },
    body: { x: contentX, y: bodyY, width: r1(contentR - contentX), height: r1(bottom - bodyY) },
    type,
    touch,
    hair: Math.max(0.5, dev.minStroke),
  };
}
