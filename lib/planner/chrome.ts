// What every page shares: side tabs (sections, then the months of the page's year block), the
// navigation bar (breadcrumb, previous/next) and the page title. Per-page values come from the
// section context as tokens, so one master serves every page of its type.
import type { Frame } from "./frame";
import { MasterBuilder, rect } from "./widgets";

export type Tab = { label: string; dest: string };
export type Tabs = { sections: Tab[]; months: Tab[] };

/** Context keys the chrome reads; generate.ts fills them per page. */
export type ChromeContext = {
  stab: number;
  mtab: number;
  c1: string;
  c1d: string;
  c2: string;
  c2d: string;
  c3: string;
  c3d: string;
  prev: string;
  prevl: string;
  next: string;
  nextl: string;
  title: string;
  sub: string;
};

export function chrome(b: MasterBuilder, f: Frame, tabs: Tabs): void {
  drawTabs(b, f, tabs);
  const { pal, type, theme } = f;
  const nav = f.nav;
  const arrowW = Math.max(f.touch, 30);
  const crumbW = nav.width - 2 * arrowW - 8;
  b.links(
    rect(nav.x, nav.y, crumbW, nav.height),
    ["{c1}", "{c2}", "{c3}"],
    ["{c1d}", "{c2d}", "{c3d}"],
    { font: theme.fonts.label, size: type.small, color: pal.muted },
    { columns: 3, gap_x: 4 },
  );
  // Previous and next: one list of two links (an empty target leaves its slot empty, as on the first page).
  b.links(
    rect(nav.x + nav.width - 2 * arrowW, nav.y, 2 * arrowW, nav.height),
    ["{prevl}", "{nextl}"],
    ["{prev}", "{next}"],
    { font: theme.fonts.body, size: type.h1, color: pal.ink, align: "center" },
    { columns: 2, gap_x: 0 },
  );
  const t = f.title;
  const navRule = nav.y + nav.height + 2;
  // The rules under the navigation bar and under the title (no title rule under a band) as one widget.
  if (theme.band) b.rule(nav.x, navRule, nav.width, pal.rule, f.hair);
  else {
    const titleRule = t.y + t.height + 2;
    const at = rect(nav.x, navRule - 1, nav.width, titleRule - navRule + 2);
    b.segments(
      at,
      [navRule, titleRule].map((y) => ({ x1: 0, y1: y - at.y, x2: nav.width, y2: y - at.y })),
      pal.rule,
      f.hair,
    );
  }
  if (theme.band) b.box(rect(t.x, t.y, t.width, t.height), pal.wash, 0, pal.wash, 4);
  const pad = theme.band ? 8 : 0;
  b.text(rect(t.x + pad, t.y, t.width * 0.62 - pad, t.height), "{title}", {
    font: theme.fonts.display,
    size: type.display,
    color: pal.ink,
  });
  b.text(rect(t.x + t.width * 0.62, t.y, t.width * 0.38 - pad, t.height), "{sub}", {
    font: theme.fonts.body,
    size: type.h2,
    color: pal.accent,
    align: "right",
  });
}

function drawTabs(b: MasterBuilder, f: Frame, tabs: Tabs): void {
  const { pal, theme, type } = f;
  const area = f.tabs;
  const ns = tabs.sections.length;
  const nm = tabs.months.length;
  const gap = theme.tabs === "text" ? 0 : 2;
  // Section tabs carry words, so they get taller slots and rotated labels; month tabs short names.
  const unit = (area.height - 10 - gap * (ns + nm)) / (1.7 * ns + nm);
  const secH = unit * 1.7 * ns + gap * Math.max(0, ns - 1);
  const fill = theme.tabs === "text" ? {} : { background_color: pal.tab };
  const common = { gap_y: gap, gap_x: gap, highlight_color: pal.tabActive, ...fill };
  const font = { font: theme.fonts.label, size: type.small, color: pal.tabText, align: "center" as const };
  // Rotated section labels run along the slot: shrink a long word (e.g. "Gewohnheiten") to fit it,
  // never below the device's minimum text size. 0.6 em is a generous average advance for these fonts.
  const longest = Math.max(...tabs.sections.map((t) => [...t.label].length), 1);
  const fit = Math.max(f.dev.minFont, Math.min(type.small, (unit * 1.7 - 6) / (longest * 0.6)));
  if (ns > 0) {
    b.links(
      rect(area.x, area.y, area.width, secH),
      tabs.sections.map((t) => t.label),
      tabs.sections.map((t) => t.dest),
      { ...font, size: Math.round(fit * 10) / 10 },
      { ...common, columns: ns, orientation: f.hand === "left" ? "vertical_ccw" : "vertical_cw", highlight_index: "{stab}" },
    );
  }
  if (nm > 0) {
    const y = area.y + secH + 10;
    b.links(
      rect(area.x, y, area.width, area.y + area.height - y),
      tabs.months.map((t) => t.label),
      tabs.months.map((t) => t.dest),
      font,
      { ...common, columns: 1, highlight_index: "{mtab}" },
    );
  }
  if (theme.tabs === "text") {
    const x = f.hand === "left" ? area.x + area.width : area.x;
    b.vrule(x, area.y, area.height, pal.rule, f.hair);
  }
}
