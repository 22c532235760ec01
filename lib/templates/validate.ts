// parseTemplate: YAML text (or an already-loaded value) → normalised Template + every diagnostic
// (§2.9). Never throws on user input and never stops at the first problem.
import type { Diagnostic } from "./diagnostics";
import { checkRawReferences, checkTemplate, pageCount, rawPageCount, rawWidgetCount } from "./checks";
import { costProblem, documentCost } from "./cost";
import { normaliseRaw } from "./normalise-raw";
import { DEFAULT_MAX_PAGES, pageLimitMessage } from "./page-limit";
import { isRecord, type RawMap } from "./raw";
import { templateSchema } from "./schema/document";
import { templateErrorMap } from "./schema/error-map";
import { DiagnosticSink } from "./sink";
import type { DeviceProfile } from "./profiles";
import type { Template } from "./types";
import { reportUnknownKeys } from "./unknown-keys";
import { parseYaml, type YamlLimits } from "./yaml";
import type { Locator } from "./yaml-locate";

export type TemplateLimits = YamlLimits & { maxWidgets: number };

export type ParseTemplateOptions = {
  /** Strict mode (§7.6): invalid styling colours become errors instead of warnings. */
  strict?: boolean;
  /** Page ceiling (§2.8); the template's own `max_pages` can only lower it. Default 1000. */
  maxPages?: number;
  limits?: Partial<TemplateLimits>;
  /** Profiles from configured directories (§7.2); one with a built-in id replaces it. */
  userProfiles?: readonly DeviceProfile[];
};

export type ParseTemplateResult = {
  template?: Template;
  diagnostics: Diagnostic[];
  /** §2.8, when the document is valid enough to count. */
  pageCount?: number;
};

export const DEFAULT_MAX_WIDGETS = 250_000;

/** The effective ceiling: the server's, lowered (never raised) by a positive integer `max_pages`. */
export function effectiveMaxPages(doc: unknown, serverMax: number): number {
  const own = isRecord(doc) ? Number(doc.max_pages) : NaN;
  return Number.isInteger(own) && own > 0 ? Math.min(own, serverMax) : serverMax;
}

function clone(value: unknown): unknown {
  try {
    return structuredClone(value);
  } catch {
    return undefined;
  }
}

export function parseTemplate(source: string | unknown, options: ParseTemplateOptions = {}): ParseTemplateResult {
  if (typeof source !== "string") return validateTemplateValue(clone(source), undefined, options);
  const parsed = parseYaml(source, options.limits);
  if (!parsed.ok) return { diagnostics: parsed.diagnostics };
  return validateTemplateValue(parsed.value, parsed.locator, options);
}

/** Validates an already-loaded (and owned: it is modified) document; `locator` adds source lines. */
export function validateTemplateValue(
  value: unknown,
  locator: Locator | undefined,
  options: ParseTemplateOptions = {},
): ParseTemplateResult {
  const sink = new DiagnosticSink();
  const finish = (extra: Omit<ParseTemplateResult, "diagnostics"> = {}): ParseTemplateResult => ({
    ...extra,
    diagnostics: sink.finish(locator),
  });
  if (!isRecord(value)) {
    sink.add("error", "schema", [], "must be a mapping");
    return finish();
  }
  const doc: RawMap = value;
  const maxWidgets = options.limits?.maxWidgets ?? DEFAULT_MAX_WIDGETS;
  const widgets = rawWidgetCount(doc);
  if (widgets > maxWidgets) {
    sink.add("error", "limit", ["widgets"], `document has ${widgets} widgets, exceeds limit of ${maxWidgets}`);
    return finish();
  }
  const maxPages = effectiveMaxPages(doc, options.maxPages ?? DEFAULT_MAX_PAGES);
  const rawPages = rawPageCount(doc);
  if (rawPages > maxPages) {
    sink.add("error", "page_limit", [], pageLimitMessage(rawPages, maxPages));
    return finish({ pageCount: rawPages });
  }

  normaliseRaw(doc, sink, options.strict ?? false);
  reportUnknownKeys(templateSchema, doc, [], sink);
  checkRawReferences(doc, sink, options.userProfiles);
  const result = templateSchema.safeParse(doc, { error: templateErrorMap });
  if (!result.success) {
    for (const issue of result.error.issues) {
      sink.add(
        "error",
        "schema",
        issue.path.filter((s) => typeof s !== "symbol"),
        issue.message,
      );
    }
    return finish();
  }
  const template = result.data;
  checkTemplate(template, sink);
  const pages = pageCount(template);
  if (!sink.hasErrors()) checkGeometryAndCost(template, pages, sink);
  if (sink.hasErrors()) return finish({ pageCount: pages });
  return finish({ template, pageCount: pages });
}

/**
 * Widgets far off the page draw nothing anyone sees but cost as much as any other; a document that
 * would draw more than the budget is refused with its figure (lib/templates/cost.ts).
 */
function checkGeometryAndCost(template: Template, pages: number, sink: DiagnosticSink): void {
  const { width, height } = template.canvas.dimensions;
  const far = (w: Template["widgets"][number], path: (string | number)[]) => {
    const { x, y } = w.position;
    if (x > 2 * width || y > 2 * height) {
      sink.add(
        "error",
        "geometry",
        [...path, "position"],
        `starts at (${Math.round(x)}, ${Math.round(y)}) pt, far outside the ${Math.round(width)} × ${Math.round(height)} pt page`,
      );
    }
  };
  template.widgets.forEach((w, i) => far(w, ["widgets", i]));
  template.masters.forEach((m, j) => m.widgets.forEach((w, i) => far(w, ["masters", j, "widgets", i])));
  if (sink.hasErrors()) return;
  const problem = costProblem(documentCost(template, pages));
  if (problem) sink.add("error", "cost_limit", [], problem.message);
}
