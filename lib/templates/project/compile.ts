// Project compiler entry point (docs/template-language §6.4): project document → schema "1.0" template.
// The template validator calls compileProject and validates the result like any template.
import type { Diagnostic } from "../diagnostics";
import { hasErrors } from "../diagnostics";
import { resolveLocale } from "../tokens/locales";
import { countPages, enumerateItems, EnumerationError, type EnumerationEnv, type Item } from "./enumerate";
import { instantiatePage } from "./instantiate";
import { checkMaster } from "./master-checks";
import type { PlanModel, SectionModel } from "./model";
import { buildRegistry, namedDestinations, navigationLinks, resolveLinks } from "./navigation";
import { buildOutline } from "./outline";
import { compiledTemplate, type CompileStats } from "./output";
import { makePageEnv } from "./page-env";
import { parseProject } from "./parse";
import { defaultCanvas, profileCanvasInfo } from "./profile-canvas";
import { pageLimitMessage } from "../page-limit";
import { DiagnosticSink } from "../sink";
import { makePathMapper, type WidgetOrigin } from "./source-map";
import type { CompileState } from "./state";
import type { ProjectInput } from "./schema";
import { buildPlan } from "./structure";

export type CompileOptions = {
  strict: boolean;
  maxPages: number;
  /** Canvas for a profile id when the project has no default_canvas; defaults to the §7.4 table. */
  canvasForProfile?: (profile: string) => Record<string, unknown> | undefined;
  /** Minimum touch target (pt) for the compile-time touch notes; defaults to the profile's or 44. */
  minTouchTarget?: number;
  /** A render's variables: every page sees them, below its own variables (a month page keeps its {year}). */
  variables?: Readonly<Record<string, string | number | boolean>>;
};

export type CompileResult = {
  template?: Record<string, unknown>;
  diagnostics: Diagnostic[];
  pageCount?: number;
  stats?: CompileStats;
  /**
   * Rewrites a path into the compiled template (`widgets[812].styling.size`) to the master path plus
   * instance (§2.9); other paths are returned unchanged. For the validator and the renderer.
   */
  mapPath?: (path: string) => string;
  /** What `mapPath` maps with, per compiled widget: plain data, so a compiled document can carry it. */
  origins?: (WidgetOrigin | undefined)[];
};

type Prepared = { project: ProjectInput; plan: PlanModel; env: EnumerationEnv; diagnostics: Diagnostic[]; pageCount?: number };

function prepare(doc: unknown): Prepared | { diagnostics: Diagnostic[] } {
  const parsed = parseProject(doc);
  const diagnostics = parsed.diagnostics;
  if (!parsed.project) return { diagnostics };
  const plan = buildPlan(parsed.project, diagnostics);
  if (!plan) return { diagnostics };
  const loc = resolveLocale(plan.locale);
  if (loc.fallback) {
    diagnostics.push({
      severity: "warning",
      code: "locale_fallback",
      path: "plan.locale",
      message: `unsupported locale "${plan.locale}", English used`,
    });
  }
  const env = { locale: loc.locale, planLocale: plan.locale };
  try {
    return { project: parsed.project, plan, env, diagnostics, pageCount: countPages(plan.sections, env) };
  } catch (e) {
    if (e instanceof EnumerationError) diagnostics.push(e.diagnostic);
    else throw e;
    return { diagnostics };
  }
}

/** Exact page count of a project (§6.4 step 2), without building any widget; undefined if invalid. */
export function countProjectPages(doc: unknown): number | undefined {
  const p = prepare(doc);
  return "plan" in p && !hasErrors(p.diagnostics) ? p.pageCount : undefined;
}

function sectionPageCounts(sections: readonly SectionModel[], items: readonly Item[]): Record<string, number> {
  const parent = new Map<SectionModel, SectionModel | undefined>();
  const walk = (s: SectionModel, up: SectionModel | undefined) => {
    parent.set(s, up);
    s.nested.forEach((c) => walk(c, s));
  };
  sections.forEach((s) => walk(s, undefined));
  const out: Record<string, number> = {};
  for (const item of items) {
    for (let s: SectionModel | undefined = item.section; s; s = parent.get(s)) out[s.kind] = (out[s.kind] ?? 0) + item.section.pagesPerItem;
  }
  return out;
}

export function compileProject(doc: unknown, options: CompileOptions): CompileResult {
  const p = prepare(doc);
  if (!("plan" in p) || p.pageCount === undefined || hasErrors(p.diagnostics)) return { diagnostics: p.diagnostics };
  const { project, plan, env, diagnostics } = p;
  const total = p.pageCount;
  // A document's own max_pages can lower the server's ceiling, never raise it.
  const own = Number((doc as Record<string, unknown>).max_pages);
  const limit = Number.isInteger(own) && own > 0 ? Math.min(own, options.maxPages) : options.maxPages;
  if (total > limit) {
    diagnostics.push({ severity: "error", code: "page_limit", path: "plan", message: pageLimitMessage(total, limit) });
    return { diagnostics, pageCount: total };
  }
  if (total > limit / 2) {
    diagnostics.push({
      severity: "warning",
      code: "page_limit",
      path: "plan",
      message: `PDF has ${total} pages, more than half the limit of ${limit}`,
    });
  }
  const profile = project.metadata.device_profile;
  const info = profileCanvasInfo(profile);
  const sink = new DiagnosticSink({ strict: options.strict }, diagnostics);
  const masters = new Set(collectSections(plan.sections).map((s) => s.master));
  for (const m of masters) checkMaster(m, sink, options.minTouchTarget ?? info?.minTouch ?? 44);

  const items = enumerateItems(plan.sections, env);
  const state: CompileState = { widgets: [], anchors: [], links: [], sink, dropped: new Set(), origins: new Map() };
  for (const item of items) {
    for (let sub = 1; sub <= item.section.pagesPerItem; sub++) {
      const page = item.firstPage + sub - 1;
      const vars = { ...options.variables, ...item.vars, subpage: sub };
      const instance = { page, section: item.section.kind, ...(item.date !== undefined ? { date: item.date } : { item: item.index + 1 }) };
      instantiatePage(item.section.master, makePageEnv(page, total, vars, instance, sink), state);
    }
  }
  const registry = buildRegistry(state);
  resolveLinks(state, registry, total);
  const widgets = state.dropped.size ? state.widgets.filter((w) => !state.dropped.has(w)) : state.widgets;
  const outlines = buildOutline(items, registry, total, env.locale, plan.generateOutlines, state);
  const canvas = project.default_canvas ?? options.canvasForProfile?.(profile) ?? defaultCanvas(info);
  const template = compiledTemplate(project, canvas, widgets, {
    named_destinations: namedDestinations(registry),
    outlines,
    links: navigationLinks(widgets),
  });
  const all = sink.finish();
  const stats: CompileStats = {
    total_pages: total,
    total_widgets: widgets.length,
    sections_processed: collectSections(plan.sections).length,
    pages_generated_per_section: sectionPageCounts(plan.sections, items),
  };
  const origins = widgets.map((w) => state.origins.get(w));
  const mapPath = makePathMapper(origins);
  return hasErrors(all)
    ? { diagnostics: all, pageCount: total, stats }
    : { template, diagnostics: all, pageCount: total, stats, mapPath, origins };
}

function collectSections(sections: readonly SectionModel[]): SectionModel[] {
  return sections.flatMap((s) => [s, ...collectSections(s.nested)]);
}
