// What a widget builder gets: its input, page facts, profile, and collectors for paint steps, links,
// anchors and diagnostics. Builders are pure apart from these collectors.
import { scopeCovers } from "@/lib/templates/constraints";
import type { Diagnostic } from "@/lib/templates/diagnostics";
import { paintColor } from "./color";
import type { AnchorRequest, DiagnosticSink, LinkKind, LinkRequest, PaintStep, Rect, RenderProfile, WidgetInput } from "./model";
import { alias, num, str, type Bag } from "./props";
import { substituteVars, type RenderVars } from "@/lib/templates/tokens";
import { parseOrientation, type Align, type TextStyle } from "./text-layout";
import type { FontSpec } from "./text-font";
import type { LoadedImage } from "./images";

export type ImageStep = { kind: "image"; rect: Rect; data: Uint8Array; format: "png" | "jpg"; clip: Rect; opacity: number };

export type WidgetContext = {
  w: WidgetInput;
  /** Images loaded ahead of planning (loading is async, building is not), keyed by widget. */
  images?: ReadonlyMap<WidgetInput, LoadedImage>;
  path: string;
  page: number;
  pageCount: number;
  pageSize: { width: number; height: number };
  profile: RenderProfile;
  strict: boolean;
  locale: string;
  today?: string;
  /** The job's render-time variables: the last place a token is looked up. */
  variables?: Readonly<Record<string, string | number | boolean>>;
  sink: DiagnosticSink;
  draw(step: PaintStep): void;
  image(step: ImageStep): void;
  /** Fill a rectangle and count it towards the page's grey-fill area (§7.5). */
  fillRect(rect: Rect, color: string): void;
  /** Count a fill painted some other way (e.g. a rounded box). */
  noteFill(area: number, color: string): void;
  link(rect: Rect, target: string, kind: LinkKind, extra?: LinkExtra): void;
  /** Records text the widget draws in `font`, for its one §8.3 `font_fallback` report (plan.ts). */
  noteText(font: FontSpec, text: string): void;
  anchor(id: string, x: number, y: number): void;
  /** Render-time tokens in display text; unresolved names warn (D11) and render empty. */
  text(value: string, extra?: RenderVars): string;
  /** Render-time tokens in link targets; unresolved names stay, so the link is suppressed (§4.6). */
  target(value: string, extra?: RenderVars): string;
  report(d: Omit<Diagnostic, "path" | "page" | "widget_id"> & { path?: string }): void;
};

/**
 * `pageTarget`: a tap_zone page action's page; `itemId` names a composite's item (link_list
 * `{widget_id}_{i}`, §3.17) in diagnostics; `label` is the text drawn on the link (§4.6 report);
 * `property` is where the target came from (`properties.to_dest`), so link diagnostics point at it.
 */
export type LinkExtra = { pageTarget?: number; itemId?: string; label?: string; property?: string };

export type Collected = {
  steps: (PaintStep | ImageStep)[];
  links: LinkRequest[];
  anchors: AnchorRequest[];
  fillArea: number;
  /** Per template font: the characters the current widget draws in it. */
  text: Map<string, { font: FontSpec; chars: Set<string> }>;
};

export function createContext(
  base: Omit<WidgetContext, "draw" | "image" | "fillRect" | "noteFill" | "link" | "noteText" | "anchor" | "text" | "target" | "report">,
  into: Collected,
): WidgetContext {
  const vars: RenderVars = {
    ...base.variables,
    page: base.page,
    total_pages: base.pageCount,
    PAGE: base.page,
    TOTAL_PAGES: base.pageCount,
    locale: base.locale,
  };
  const report: WidgetContext["report"] = (d) =>
    base.sink.push({ ...d, path: d.path ?? base.path, page: base.page, widget_id: base.w.id });
  return {
    ...base,
    draw: (step) => into.steps.push(step),
    image: (step) => into.steps.push(step),
    fillRect: (r, color) => {
      if (color !== "#FFFFFF") into.fillArea += r.width * r.height;
      into.steps.push((p) => p.rect(r.x, r.y, r.width, r.height).fill(color));
    },
    noteFill: (area, color) => {
      if (color !== "#FFFFFF") into.fillArea += area;
    },
    link: (rect, target, kind, extra = {}) =>
      into.links.push({
        page: base.page, rect, target, kind, widgetId: extra.itemId ?? base.w.id, widgetType: base.w.type, label: extra.label, path: base.path,
        targetPath: extra.property ? `${base.path}.${extra.property}` : undefined, pageTarget: extra.pageTarget,
      }),
    noteText: (font, text) => {
      const key = `${font.name}\u0000${font.locale ?? ""}`;
      let entry = into.text.get(key);
      if (!entry) {
        entry = { font, chars: new Set() };
        into.text.set(key, entry);
      }
      for (const ch of text) entry.chars.add(ch);
    },
    anchor: (id, x, y) => into.anchors.push({ page: base.page, id, x, y, widgetId: base.w.id, path: base.path }),
    text: (value, extra) => {
      const r = substituteVars(value, extra ? { ...vars, ...extra } : vars);
      for (const name of r.unresolved) {
        report({
          severity: base.strict ? "error" : "warning",
          code: "unresolved_token",
          message: `unresolved token ${name} rendered empty`,
        });
      }
      return r.text;
    },
    target: (value, extra) => substituteVars(value, extra ? { ...vars, ...extra } : vars, true).text,
    report,
  };
}

/** Text style from `styling` (§3.4) with the widget type's default size and colour. */
export function textStyle(ctx: WidgetContext, defaults: { size: number; color: string }, styling?: Bag): TextStyle {
  const s = styling ?? ctx.w.styling;
  const rawSize = num({ v: alias(s, ["size", "font_size"]) }, "v", defaults.size);
  // A size the scope exempts (einkpdf: checkbox labels) is drawn as written, as the validator left it.
  const size = scopeCovers.font(ctx.profile.constraintScope, ctx.w.type) ? Math.min(72, Math.max(6, rawSize, ctx.profile.minFontPt)) : rawSize;
  const align = str(s, "text_align", "left");
  return {
    font: { name: str(s, "font", "Helvetica"), strict: ctx.strict, locale: str(ctx.w.properties, "locale", ctx.locale) },
    size,
    color: paintColor(alias(s, ["color", "font_color"]), defaults.color, ctx.profile, covers(ctx, "styling.color")) ?? defaults.color,
    align: (align === "center" || align === "right" ? align : "left") as Align,
    lineHeight: num(s, "line_height", 1.2),
    underline: s?.underline === true,
    underlineMin: ctx.profile.minStrokePt,
  };
}

export function orientationOf(ctx: WidgetContext) {
  return parseOrientation(ctx.w.properties?.orientation);
}

/**
 * The widget's author-set stroke width: raised to the profile minimum unless 0 (no stroke, §7.5) or
 * exempt by the constraint scope. Built-in strokes use `minStrokePt` directly.
 */
export function strokeWidth(ctx: WidgetContext, value: number): number {
  if (value <= 0) return 0;
  return scopeCovers.stroke(ctx.profile.constraintScope, ctx.w.type) ? Math.max(value, ctx.profile.minStrokePt) : value;
}

function covers(ctx: WidgetContext, key: string): boolean {
  return scopeCovers.colour(ctx.profile.constraintScope, ctx.w.type, key);
}

/** An author-settable colour of the widget (`styling.<key>` or `properties.<key>`), its default, grey on mono profiles when the scope covers it. */
export function widgetColor(ctx: WidgetContext, place: "styling" | "properties", key: string, fallback: string | null): string | null {
  const bag = place === "styling" ? ctx.w.styling : ctx.w.properties;
  return paintColor(bag?.[key], fallback, ctx.profile, covers(ctx, `${place}.${key}`));
}
