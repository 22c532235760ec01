// Device constraint enforcement (§7.5, §7.6) on a validated template. Author-set values (keys listed
// in `widget.authored`) are fixed with a warning (non-strict) or reported as errors (strict); default
// and built-in values are raised or converted silently (D20). The renderer calls these functions and
// the `builtin*` helpers below for values it derives itself; it does not re-implement them.
import type { Diagnostic } from "./diagnostics";
import { formatPath, type PathSegment } from "./paths";
import { profilePageSize, type DeviceProfile } from "./profiles";
import type { Colour, FillColour, Template, Widget, WidgetType } from "./types";

export type ConstraintScope = "full" | "einkpdf";
export type ConstraintOptions = { strict: boolean; constraintScope?: ConstraintScope };

export const MAX_FONT_PT = 72;
const MIN_FONT_CLAMP = 6;

/** Luminance grey of §7.5: `L = round(0.299 R + 0.587 G + 0.114 B)`, written `#LLLLLL`. */
export function toGrey(colour: Colour): Colour {
  const n = Number.parseInt(colour.slice(1), 16);
  const l = Math.round(0.299 * ((n >> 16) & 255) + 0.587 * ((n >> 8) & 255) + 0.114 * (n & 255));
  const hex = l.toString(16).toUpperCase().padStart(2, "0");
  return `#${hex}${hex}${hex}`;
}

export function isGrey(colour: Colour): boolean {
  return colour.slice(1, 3) === colour.slice(3, 5) && colour.slice(3, 5) === colour.slice(5, 7);
}

/** A renderer-derived font size (e.g. weekday labels at 0.8 × size): raised silently, then clamped. */
export function builtinFontSize(size: number, profile: DeviceProfile): number {
  return Math.min(MAX_FONT_PT, Math.max(MIN_FONT_CLAMP, size, profile.constraints.min_font_pt));
}

/** A renderer-derived stroke (calendar grid 0.5 pt, notes lines, underline): raised silently; 0 stays 0. */
export function builtinStroke(width: number, profile: DeviceProfile): number {
  return width > 0 ? Math.max(width, profile.constraints.min_stroke_pt) : 0;
}

/** Any colour the renderer paints (defaults and built-ins included): grey on monochrome profiles. */
export function paintColour<C extends FillColour>(colour: C, profile: DeviceProfile): C {
  if (colour === null || profile.display.color) return colour;
  return toGrey(colour) as C;
}

const TEXT_TYPES = new Set<string>(["text_block", "internal_link", "link_list", "checkbox", "table", "calendar", "day_list"]);

type Fix = { segments: PathSegment[]; original: unknown; fixed: unknown; code: string; reason: string };

/** Where each author-set stroke lives, per widget type. */
const STROKES: Partial<Record<WidgetType, ["styling" | "properties", string]>> = {
  box: ["styling", "line_width"],
  divider: ["styling", "line_width"],
  vertical_line: ["styling", "line_width"],
  checkbox: ["styling", "line_width"],
  lines: ["properties", "line_thickness"],
  table: ["properties", "stroke_width"],
};

/** Author-set colours einkpdf converted (§7.5): text and link colours, widget backgrounds; table text below. */
const EINKPDF_COLOURS = new Set(["styling.color", "background_color"]);

/**
 * Which author-settable values each §7.5 constraint covers in a scope: `full` covers them all, `einkpdf`
 * only einkpdf's set. Calendar and highlight lines are built-in (always raised), so the table is the one
 * author-set stroke einkpdf checked. The validator below and the renderer both ask here, so a value the
 * scope exempts is neither reported nor changed when drawn. Built-in values are always raised.
 */
export const scopeCovers = {
  /** The widget's `styling.size`. */
  font: (scope: ConstraintScope, type: string) => TEXT_TYPES.has(type) && (scope === "full" || type !== "checkbox"),
  /** The widget's one author-set stroke width (`STROKES`). */
  stroke: (scope: ConstraintScope, type: string) => Object.hasOwn(STROKES, type) && (scope === "full" || type === "table"),
  /** A colour key: `background_color`, `styling.<key>`, `properties.<key>` or `canvas.background`. */
  colour: (scope: ConstraintScope, type: string, key: string) =>
    scope === "full" || EINKPDF_COLOURS.has(key) || (type === "table" && key === "properties.header_color"),
};

const STYLING_COLOURS = ["color", "stroke_color", "fill_color", "check_color"] as const;
const PROPERTY_COLOURS = [
  "dot_color",
  "highlight_color",
  "background_color",
  "header_background",
  "header_color",
  "even_row_bg",
  "odd_row_bg",
  "stroke_color",
  "weekend_color",
];

/** Widens a closed widget/styling/properties type to a bag, so the key tables above can address it. */
function record(bag: Record<string, unknown>): Record<string, unknown> {
  return bag;
}

/** Where a widget sits (`widgets[3]`, `masters[0].widgets[3]`); its segments are built only for a fix. */
type WidgetAt = { base: readonly PathSegment[]; index: number };

/** Records a fix of an author-set value; a default or built-in value is fixed silently (D20). */
function noteAuthored(
  w: Widget,
  at: WidgetAt,
  place: "styling" | "properties",
  key: string,
  fix: Omit<Fix, "segments">,
  fixes: Fix[],
): void {
  if (w.authored.includes(`${place}.${key}`)) fixes.push({ ...fix, segments: [...at.base, at.index, place, key] });
}

/** Greys one colour value in place when the scope covers it. */
function convertColour(
  w: Widget,
  at: WidgetAt,
  profile: DeviceProfile,
  scope: ConstraintScope,
  fixes: Fix[],
  bag: Record<string, unknown>,
  key: string,
  place: "styling" | "properties" | "widget",
): void {
  const value = bag[key];
  // Only a string can be converted; testing it first skips building the scope key for absent values.
  if (typeof value !== "string") return;
  if (!scopeCovers.colour(scope, w.type, place === "widget" ? key : `${place}.${key}`)) return;
  if (isGrey(value)) return;
  const grey = toGrey(value);
  bag[key] = grey;
  const fix = { original: value, fixed: grey, code: "constraint_color", reason: `colour on monochrome profile ${profile.id}` };
  if (place === "widget") fixes.push({ segments: [...at.base, at.index, key], ...fix });
  else noteAuthored(w, at, place, key, fix, fixes);
}

/** Fixes a shallow copy: only top-level styling/property values ever change. */
function enforceWidget(original: Widget, at: WidgetAt, profile: DeviceProfile, scope: ConstraintScope, fixes: Fix[]): Widget {
  // Spreading a union member loses the link between `type` and `properties`; the copy has the same shape.
  const w = { ...original, styling: { ...original.styling }, properties: { ...original.properties } } as Widget;
  const c = profile.constraints;
  if (scopeCovers.font(scope, w.type)) {
    const size = w.styling.size;
    const fixed = Math.min(MAX_FONT_PT, Math.max(MIN_FONT_CLAMP, size, c.min_font_pt));
    if (fixed !== size) {
      const reason = size > MAX_FONT_PT ? `above the maximum of ${MAX_FONT_PT} pt` : `below min_font_pt of ${profile.id}`;
      noteAuthored(w, at, "styling", "size", { original: size, fixed, code: "constraint_font", reason }, fixes);
      w.styling.size = fixed;
    }
  }
  const stroke = STROKES[w.type];
  if (stroke && scopeCovers.stroke(scope, w.type)) {
    const [place, key] = stroke;
    const bag = record(place === "styling" ? w.styling : w.properties);
    const width = bag[key];
    if (typeof width === "number" && width > 0 && width < c.min_stroke_pt) {
      noteAuthored(
        w,
        at,
        place,
        key,
        { original: width, fixed: c.min_stroke_pt, code: "constraint_stroke", reason: `below min_stroke_pt of ${profile.id}` },
        fixes,
      );
      bag[key] = c.min_stroke_pt;
    }
  }
  if (profile.display.color) return w;
  convertColour(w, at, profile, scope, fixes, record(w), "background_color", "widget");
  for (const key of STYLING_COLOURS) convertColour(w, at, profile, scope, fixes, record(w.styling), key, "styling");
  for (const key of PROPERTY_COLOURS) convertColour(w, at, profile, scope, fixes, record(w.properties), key, "properties");
  return w;
}

/** §3.11: `cell_links` is accepted; it only earns a lint note when cells are below the touch target. */
function cellLinksNote(w: Widget, path: PathSegment[], profile: DeviceProfile): Diagnostic | undefined {
  if (w.type !== "table" || !w.authored.includes("properties.cell_links")) return undefined;
  const p = w.properties;
  const sum = p.column_widths.reduce((a, b) => a + b, 0);
  const narrowest = Math.min(...p.column_widths.map((c) => (c / sum) * w.position.width));
  const min = profile.constraints.min_touch_target_pt;
  if (narrowest >= min && p.row_height >= min) return undefined;
  const size = (n: number) => String(Math.round(n * 10) / 10);
  return {
    severity: "info",
    code: "lint",
    path: formatPath([...path, "properties", "cell_links"]),
    message: `cells (${size(narrowest)} × ${size(p.row_height)} pt) are smaller than the ${min} pt touch target of ${profile.id}`,
    page: w.page,
    widget_id: w.id,
  };
}

function toDiagnostic(fix: Fix, strict: boolean, widget: Widget | undefined): Diagnostic {
  const path = formatPath(fix.segments);
  const extra = widget ? { page: widget.page, widget_id: widget.id } : {};
  const original = String(fix.original);
  return strict
    ? {
        severity: "error",
        code: fix.code,
        path,
        message: `${original} is not allowed (${fix.reason}; would be ${String(fix.fixed)})`,
        original: fix.original,
        fixed: fix.fixed,
        ...extra,
      }
    : {
        severity: "warning",
        code: fix.code,
        path,
        message: `${original} → ${String(fix.fixed)} (${fix.reason})`,
        original: fix.original,
        fixed: fix.fixed,
        ...extra,
      };
}

/**
 * Returns a copy of `template` with every constraint applied, and the diagnostics. In strict mode
 * violations are errors (the caller must not render); the returned copy is still the fixed one.
 */
export function enforceConstraints(
  template: Template,
  profile: DeviceProfile,
  options: ConstraintOptions,
): { template: Template; diagnostics: Diagnostic[] } {
  const scope = options.constraintScope ?? "full";
  const diagnostics: Diagnostic[] = [];
  // Copy-on-write instead of a deep clone: templates can hold a quarter of a million widgets.
  const fixes: Fix[] = [];
  const enforceList = (widgets: Widget[], base: PathSegment[]) =>
    widgets.map((w, index) => {
      const fixed = enforceWidget(w, { base, index }, profile, scope, fixes);
      for (const fix of fixes) diagnostics.push(toDiagnostic(fix, options.strict, fixed));
      fixes.length = 0;
      const note = fixed.type === "table" ? cellLinksNote(fixed, [...base, index], profile) : undefined;
      if (note) diagnostics.push(note);
      return fixed;
    });
  const out: Template = {
    ...template,
    canvas: { ...template.canvas },
    widgets: enforceList(template.widgets, ["widgets"]),
    masters: template.masters.map((m, i) => ({ ...m, widgets: enforceList(m.widgets, ["masters", i, "widgets"]) })),
  };
  if (!profile.display.color && scopeCovers.colour(scope, "canvas", "canvas.background") && !isGrey(out.canvas.background)) {
    const fixed = toGrey(out.canvas.background);
    diagnostics.push(
      toDiagnostic(
        {
          segments: ["canvas", "background"],
          original: out.canvas.background,
          fixed,
          code: "constraint_color",
          reason: `colour on monochrome profile ${profile.id}`,
        },
        options.strict,
        undefined,
      ),
    );
    out.canvas.background = fixed;
  }
  diagnostics.push(...canvasMismatch(out, profile));
  return { template: out, diagnostics };
}

/** §2.4: the canvas wins, but a size that differs from the profile's by more than 0.5 pt is noted. */
export function canvasMismatch(template: Template, profile: DeviceProfile): Diagnostic[] {
  const page = profilePageSize(profile);
  const { width, height } = template.canvas.dimensions;
  if (Math.abs(width - page.width) <= 0.5 && Math.abs(height - page.height) <= 0.5) return [];
  return [
    {
      severity: "info",
      code: "canvas_profile_mismatch",
      path: "canvas.dimensions",
      message: `canvas ${width} × ${height} pt differs from the ${profile.id} page ${page.width} × ${page.height} pt; the canvas is used`,
    },
  ];
}
