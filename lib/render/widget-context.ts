// What a widget builder gets: its widget (typed by its `type`), page facts, profile, and collectors for
// paint steps, links, anchors and diagnostics. Builders are pure apart from these collectors.
// The widget comes from lib/templates already validated, with every default filled in and the §7.5
// constraints applied to its author-set values, so builders read `properties` and `styling` as they are.
import type { Diagnostic } from "@/lib/templates/diagnostics";
import type { Widget, WidgetOf, WidgetType } from "@/lib/templates/types";
import type { AnchorRequest, DiagnosticSink, LinkKind, LinkRequest, PaintStep, Rect, RenderProfile } from "./model";
import { substituteVars, type RenderVars } from "@/lib/templates/tokens";
import type { TextStyle } from "./text-layout";
import type { FontSpec } from "./text-font";
import type { LoadedImage } from "./images";

export type ImageStep = { kind: "image"; rect: Rect; data: Uint8Array; format: "png" | "jpg"; clip: Rect; opacity: number };

/** `W`: the widget as its builder sees it, `WidgetOf<"lines">` for the lines builder; any widget by default. */
export type WidgetContext<W extends WidgetOf<WidgetType> = Widget> = {
  w: W;
  /** Images loaded ahead of planning (loading is async, building is not), keyed by widget. */
  images?: ReadonlyMap<Widget, LoadedImage>;
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

type ContextBase<W extends WidgetOf<WidgetType>> = Omit<
  WidgetContext<W>,
  "draw" | "image" | "fillRect" | "noteFill" | "link" | "noteText" | "anchor" | "text" | "target" | "report"
>;

/**
 * One per widget drawn, so tens of thousands per planner: methods live on the prototype rather than
 * as closures made per widget (the closures and the spread copy were a measurable share of a themed
 * year planner's render time and garbage). Builders call them as `ctx.method(…)`, never detached.
 */
class Context<W extends WidgetOf<WidgetType>> implements WidgetContext<W> {
  w: W;
  images?: ReadonlyMap<Widget, LoadedImage>;
  path: string;
  /** Set when what the widget draws may depend on its page number (shared-paint.ts). */
  pageDependent = false;
  private readonly pageNumber: number;
  pageCount: number;
  pageSize: { width: number; height: number };
  profile: RenderProfile;
  strict: boolean;
  locale: string;
  today?: string;
  variables?: Readonly<Record<string, string | number | boolean>>;
  sink: DiagnosticSink;
  private vars: RenderVars;

  constructor(
    base: ContextBase<W>,
    private readonly into: Collected,
  ) {
    this.w = base.w;
    this.images = base.images;
    this.path = base.path;
    this.pageNumber = base.page;
    this.pageCount = base.pageCount;
    this.pageSize = base.pageSize;
    this.profile = base.profile;
    this.strict = base.strict;
    this.locale = base.locale;
    this.today = base.today;
    this.variables = base.variables;
    this.sink = base.sink;
    this.vars = {
      ...base.variables,
      page: base.page,
      total_pages: base.pageCount,
      PAGE: base.page,
      TOTAL_PAGES: base.pageCount,
      locale: base.locale,
    };
  }

  /** The page number; reading it marks the widget's drawing as page-dependent. */
  get page(): number {
    this.pageDependent = true;
    return this.pageNumber;
  }
  draw(step: PaintStep): void {
    this.into.steps.push(step);
  }
  image(step: ImageStep): void {
    this.into.steps.push(step);
  }
  fillRect(r: Rect, color: string): void {
    if (color !== "#FFFFFF") this.into.fillArea += r.width * r.height;
    this.into.steps.push((p) => p.rect(r.x, r.y, r.width, r.height).fill(color));
  }
  noteFill(area: number, color: string): void {
    if (color !== "#FFFFFF") this.into.fillArea += area;
  }
  link(rect: Rect, target: string, kind: LinkKind, extra: LinkExtra = {}): void {
    this.into.links.push({
      page: this.pageNumber,
      rect,
      target,
      kind,
      widgetId: extra.itemId ?? this.w.id,
      widgetType: this.w.type,
      label: extra.label,
      path: this.path,
      targetPath: extra.property ? `${this.path}.${extra.property}` : undefined,
      pageTarget: extra.pageTarget,
    });
  }
  noteText(font: FontSpec, text: string): void {
    const key = `${font.name}\u0000${font.locale ?? ""}`;
    let entry = this.into.text.get(key);
    if (!entry) {
      entry = { font, chars: new Set() };
      this.into.text.set(key, entry);
    }
    for (const ch of text) entry.chars.add(ch);
  }
  anchor(id: string, x: number, y: number): void {
    this.into.anchors.push({ page: this.pageNumber, id, x, y, widgetId: this.w.id, path: this.path });
  }
  text(value: string, extra?: RenderVars): string {
    this.noteTokens(value);
    const r = substituteVars(value, extra ? { ...this.vars, ...extra } : this.vars);
    for (const name of r.unresolved) {
      this.report({
        severity: this.strict ? "error" : "warning",
        code: "unresolved_token",
        message: `unresolved token ${name} rendered empty`,
      });
    }
    return r.text;
  }
  target(value: string, extra?: RenderVars): string {
    this.noteTokens(value);
    return substituteVars(value, extra ? { ...this.vars, ...extra } : this.vars, true).text;
  }
  /** `{page}` and its spellings are the only render-time tokens that differ between pages (the rest are per render). */
  private noteTokens(value: string): void {
    if (value.includes("{") && PAGE_TOKEN.test(value)) this.pageDependent = true;
  }
  report(d: Omit<Diagnostic, "path" | "page" | "widget_id"> & { path?: string }): void {
    this.sink.push({ ...d, path: d.path ?? this.path, page: this.pageNumber, widget_id: this.w.id });
  }
}

/** Any token naming a page (page, PAGE, total_pages…): conservative, a false match only costs sharing. */
const PAGE_TOKEN = /page/i;

export type BuiltContext<W extends WidgetOf<WidgetType>> = WidgetContext<W> & { readonly pageDependent: boolean };

export function createContext<W extends WidgetOf<WidgetType>>(base: ContextBase<W>, into: Collected): BuiltContext<W> {
  return new Context(base, into);
}

/**
 * The widget's text style: `styling` (§3.4) with its type's defaults already filled in and its size
 * already raised to the profile minimum. The locale picks CJK faces: a calendar's own, else the document's.
 */
export function textStyle(ctx: WidgetContext): TextStyle {
  const s = ctx.w.styling;
  const locale = ctx.w.type === "calendar" ? (ctx.w.properties.locale ?? ctx.locale) : ctx.locale;
  return {
    font: { name: s.font, strict: ctx.strict, locale },
    size: s.size,
    color: s.color,
    align: s.text_align,
    lineHeight: s.line_height,
    underline: s.underline,
    underlineMin: ctx.profile.minStrokePt,
  };
}
