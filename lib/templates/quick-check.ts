// The editor's check as you type (it runs in the browser): the same template layer the server runs (loadDocument).
// A large project is checked up to its page count (structure, masters, plan) rather than compiled: a
// full-year compile takes up to seconds, too long to block typing at every pause. The editor runs that
// compile (fullProjectCheck) in a Web Worker instead, when the quick check asks for it (`fullCheck`).
import { renderProfileOf } from "@/lib/render/load-input";
import { danglingLinks } from "@/lib/render/navigation/link-check";
import type { Diagnostic } from "./diagnostics";
import { isProjectDocument, loadDocument } from "./load";
import { DEFAULT_MAX_PAGES, pageLimitMessage } from "./page-limit";
import { parsePath } from "./paths";
import { countPages } from "./project/enumerate";
import { parseProject } from "./project/parse";
import { buildPlan } from "./project/structure";
import { isRecord } from "./raw";
import { resolveLocale } from "./tokens/locales";
import { parseYaml } from "./yaml";
import type { Locator } from "./yaml-locate";

export type MasterSummary = { name: string; widgets: number; line?: number };
export type SectionSummary = { kind: string; master: string; generate: string; nested: SectionSummary[] };

export type DocumentSummary =
  | { kind: "template"; pageCount?: number; widgets: number }
  | { kind: "project"; pageCount?: number; masters: MasterSummary[]; sections: SectionSummary[]; planLine?: number };

export type Validation = {
  diagnostics: Diagnostic[];
  summary?: DocumentSummary;
  /** Set when the quick check passed but compiling was left out (a large project): run fullProjectCheck. */
  fullCheck?: { pages: number };
};

// The editor checks against the default ceiling; the server's own (MAX_PDF_PAGES) answers at render time.
const MAX_PAGES = DEFAULT_MAX_PAGES;
/** Projects up to this many pages are compiled as you type (tens of milliseconds); larger ones are not. */
export const FULL_CHECK_MAX_PAGES = 60;

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const text = (v: unknown) => (typeof v === "string" || typeof v === "number" ? String(v) : "?");

/** Fills in line and column for diagnostics that only name a path. */
function locate(diagnostics: Diagnostic[], locator: Locator, masterIndex?: ReadonlyMap<string, number>): Diagnostic[] {
  const missing = diagnostics.filter((d) => d.line === undefined);
  const segments = missing.map((d) => {
    const path = parsePath(d.path);
    // Compiler paths name masters (`masters["day"]`); the YAML holds them as a list.
    const index = path[0] === "masters" && typeof path[1] === "string" ? masterIndex?.get(path[1]) : undefined;
    return index === undefined ? path : ["masters", index, ...path.slice(2)];
  });
  const positions = locator.locate(segments);
  missing.forEach((d, i) => {
    const pos = positions[i];
    if (pos) Object.assign(d, { line: pos.line, column: pos.column });
  });
  return diagnostics;
}

/** Master name → index in the YAML's `masters` list, for locating compiler paths. */
function masterIndexOf(doc: unknown): Map<string, number> {
  const names = isRecord(doc) ? list(doc.masters).map((m) => (isRecord(m) ? text(m.name) : "")) : [];
  return new Map(names.map((n, i) => [n, i]));
}

function compileAndLocate(
  yaml: string,
  locator: Locator,
  masterIndex: ReadonlyMap<string, number>,
  profile: string | undefined,
): Diagnostic[] {
  return locate(loadDocument(yaml, { profile, strict: false, maxPages: MAX_PAGES }).diagnostics, locator, masterIndex);
}

function sections(raw: unknown): SectionSummary[] {
  return list(raw)
    .filter(isRecord)
    .map((s) => ({ kind: text(s.kind), master: text(s.master), generate: text(s.generate), nested: sections(s.nested) }));
}

function validateProject(yaml: string, doc: Record<string, unknown>, locator: Locator, profile: string | undefined): Validation {
  const parsed = parseProject(doc);
  const diagnostics = parsed.diagnostics;
  let pageCount: number | undefined;
  const plan = parsed.project ? buildPlan(parsed.project, diagnostics) : undefined;
  if (plan && !diagnostics.some((d) => d.severity === "error")) {
    try {
      pageCount = countPages(plan.sections, { locale: resolveLocale(plan.locale).locale, planLocale: plan.locale });
    } catch (err) {
      // EnumerationError carries a diagnostic (bad date range and the like); anything else is a bug.
      const diagnostic = (err as { diagnostic?: Diagnostic }).diagnostic;
      if (!diagnostic) throw err;
      diagnostics.push(diagnostic);
    }
    if (pageCount !== undefined && pageCount > MAX_PAGES) {
      diagnostics.push({ severity: "error", code: "page_limit", path: "plan", message: pageLimitMessage(pageCount, MAX_PAGES) });
    }
  }
  const rawMasters = list(doc.masters);
  // Lines let the outline jump to a master or to the plan in the editor.
  const lines = locator.locate([...rawMasters.map((_, i) => ["masters", i]), ["plan"]]).map((p) => p?.line);
  const masters = rawMasters.flatMap((m, i) =>
    isRecord(m) ? [{ name: text(m.name), widgets: list(m.widgets).length, line: lines[i] }] : [],
  );
  const masterIndex = masterIndexOf(doc);
  let located = locate(diagnostics, locator, masterIndex);
  // The page count of a project that passed the quick check: only such a project is worth compiling.
  const passed = located.some((d) => d.severity === "error") ? undefined : pageCount;
  if (passed !== undefined && passed <= FULL_CHECK_MAX_PAGES) located = compileAndLocate(yaml, locator, masterIndex, profile);
  const planRaw = isRecord(doc.plan) ? doc.plan : {};
  return {
    diagnostics: located,
    summary: { kind: "project", pageCount, masters, sections: sections(planRaw.sections), planLine: lines.at(-1) },
    ...(passed !== undefined && passed > FULL_CHECK_MAX_PAGES ? { fullCheck: { pages: passed } } : {}),
  };
}

/** `profile` is the render override (the project's device profile); constraints are checked against it. */
export function validateDocument(yaml: string, profile?: string): Validation {
  if (!yaml.trim()) {
    return { diagnostics: [{ severity: "error", code: "schema", path: "(root)", message: "the document is empty", line: 1, column: 1 }] };
  }
  const parsed = parseYaml(yaml);
  if (!parsed.ok) return { diagnostics: parsed.diagnostics };
  if (isProjectDocument(parsed.value)) return validateProject(yaml, parsed.value, parsed.locator, profile);
  const loaded = loadDocument(yaml, { profile, strict: false, maxPages: MAX_PAGES });
  const widgets = isRecord(parsed.value) ? list(parsed.value.widgets).length : 0;
  // A valid template's links, resolved as the render resolves them: a target no page defines is the
  // one problem of a plain template that only its whole set of destinations shows (a project's compile reports its own).
  const links = loaded.template && loaded.profile ? danglingLinks(loaded.template, renderProfileOf(loaded.profile)) : [];
  return {
    diagnostics: locate([...loaded.diagnostics, ...links], parsed.locator),
    summary: { kind: "template", pageCount: loaded.pageCount, widgets },
  };
}

/**
 * The full check of a project (compiling every page), located in the YAML. Its diagnostics replace the
 * quick check's, as for a small project. Seconds for a year planner, so the editor runs it in a worker.
 */
export function fullProjectCheck(yaml: string, profile?: string): Diagnostic[] {
  const parsed = parseYaml(yaml);
  if (!parsed.ok) return parsed.diagnostics;
  return compileAndLocate(yaml, parsed.locator, masterIndexOf(parsed.value), profile);
}

/** Positions for diagnostics from elsewhere (the server's preview), located in the YAML they came from. */
export function locateDiagnostics(yaml: string, diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const copies = diagnostics.map((d) => ({ ...d }));
  const parsed = parseYaml(yaml);
  if (!parsed.ok) return copies;
  return locate(copies, parsed.locator, masterIndexOf(parsed.value));
}
