// Step 1 of §6.4: structural checks, all reported together, producing the PlanModel.
import type { Diagnostic } from "../diagnostics";
import { ALWAYS_VARIABLE_NAMES, DATE_VARIABLE_NAMES } from "../tokens/auto-vars";
import { parseIsoDate } from "../tokens/dates";
import { mayContainTokens } from "../tokens/substitute";
import type { MasterModel, MasterWidget, PlanModel, SectionModel } from "./model";
import { joinPath, masterWidgetPath } from "./paths";
import type { ProjectInput, SectionInput } from "./schema";

const VAR_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const WIDGET_ID = /^[a-zA-Z0-9_-]+$/;
const MAX_DEPTH = 3;

type Ctx = { diagnostics: Diagnostic[]; masters: Map<string, MasterModel>; kinds: Map<string, string> };

const err = (path: string, message: string, code = "schema"): Diagnostic => ({ severity: "error", code, path, message });

function buildMaster(name: string, widgets: Record<string, unknown>[], out: Diagnostic[]): MasterModel {
  const seen = new Map<string, number>();
  const list: MasterWidget[] = [];
  widgets.forEach((w, index) => {
    const id = w.id;
    const type = w.type;
    if (typeof id !== "string" || !WIDGET_ID.test(id)) {
      out.push(
        err(masterWidgetPath(name, index, "id"), typeof id === "string" ? `must match ^[a-zA-Z0-9_-]+$ (got "${id}")` : "is required"),
      );
      return;
    }
    if (typeof type !== "string" || type === "") {
      out.push(err(masterWidgetPath(name, index, "type"), "is required"));
      return;
    }
    const first = seen.get(id);
    if (first !== undefined) {
      // D15: master ids become page-unique ids, so a repeat would collide on every page.
      out.push(
        err(
          masterWidgetPath(name, index, "id"),
          `duplicate id "${id}" (first used at ${masterWidgetPath(name, first, "id")})`,
          "duplicate_id",
        ),
      );
      return;
    }
    seen.set(id, index);
    list.push({ index, id, type, source: w });
  });
  return { name, widgets: list };
}

function suggestName(name: string): string {
  return name.replace(/[^A-Za-z0-9_]/g, "_").replace(/^(\d)/, "_$1");
}

function checkVariables(s: SectionInput, path: string, ancestors: ReadonlySet<string>, ctx: Ctx): Set<string> {
  const own = new Set<string>();
  const reserved = new Set<string>(ALWAYS_VARIABLE_NAMES);
  // Only the names this section itself sets are off limits: `year` is a fine context key in a `once`
  // section (§6.6), but would shadow the automatic `year` in a date section.
  if (s.generate === "each_day" || s.generate === "each_week" || s.generate === "each_month") {
    for (const n of DATE_VARIABLE_NAMES) reserved.add(n);
  }
  const check = (name: string, where: string) => {
    const p = joinPath(path, where, name);
    if (!VAR_NAME.test(name)) ctx.diagnostics.push(err(p, `invalid variable name "${name}" (try "${suggestName(name)}")`));
    else if (reserved.has(name)) ctx.diagnostics.push(err(p, `"${name}" is an automatic variable of this section and cannot be redefined`));
    else if (ancestors.has(name)) ctx.diagnostics.push(err(p, `"${name}" is already defined by an enclosing section`));
    own.add(name);
  };
  for (const name of Object.keys(s.context)) check(name, "context");
  for (const name of Object.keys(s.counters)) {
    check(name, "counters");
    if (s.generate !== "once") own.add(`${name}_prev`).add(`${name}_next`);
  }
  return new Set([...ancestors, ...own]);
}

function buildSection(
  s: SectionInput,
  path: string,
  depth: number,
  ancestors: ReadonlySet<string>,
  fallback: { start?: string; end?: string },
  ctx: Ctx,
): SectionModel | undefined {
  const firstKind = ctx.kinds.get(s.kind);
  if (firstKind !== undefined) ctx.diagnostics.push(err(`${path}.kind`, `duplicate kind "${s.kind}" (first used at ${firstKind})`));
  else ctx.kinds.set(s.kind, `${path}.kind`);
  const master = ctx.masters.get(s.master);
  if (!master) ctx.diagnostics.push(err(`${path}.master`, `no master named "${s.master}"`));
  if (depth > MAX_DEPTH) ctx.diagnostics.push(err(`${path}`, `sections may be nested at most ${MAX_DEPTH} levels deep`));
  const names = checkVariables(s, path, ancestors, ctx);

  let startText: string | undefined;
  let endText: string | undefined;
  let rangePath = path;
  if (s.generate === "each_day" || s.generate === "each_week" || s.generate === "each_month") {
    const own = Boolean(s.start_date) && Boolean(s.end_date);
    // D12: a date section without its own dates uses plan.calendar before failing.
    startText = own ? (s.start_date ?? undefined) : (s.start_date ?? fallback.start);
    endText = own ? (s.end_date ?? undefined) : (s.end_date ?? fallback.end);
    rangePath = own ? path : "plan.calendar";
    if (!startText || !endText) {
      ctx.diagnostics.push(err(path, `date section "${s.kind}" needs start_date and end_date (its own or plan.calendar's)`));
    } else if (!mayContainTokens(startText) && !mayContainTokens(endText)) {
      const a = parseIsoDate(startText);
      const b = parseIsoDate(endText);
      if (a === undefined) ctx.diagnostics.push(err(`${rangePath}.start_date`, `must be a date YYYY-MM-DD (got "${startText}")`));
      if (b === undefined) ctx.diagnostics.push(err(`${rangePath}.end_date`, `must be a date YYYY-MM-DD (got "${endText}")`));
      if (a !== undefined && b !== undefined && b < a)
        ctx.diagnostics.push(err(`${rangePath}.end_date`, `must not be before start_date (${startText})`));
    } else if (depth === 1) {
      ctx.diagnostics.push(err(`${path}.start_date`, "tokens in section dates are only allowed in nested sections"));
    }
  }
  if (s.generate === "count" && (s.count === null || s.count === undefined)) {
    ctx.diagnostics.push(err(`${path}.count`, `is required when generate is "count"`));
  }
  const nested = (s.nested ?? [])
    .map((child, i) => buildSection(child, `${path}.nested[${i}]`, depth + 1, names, fallback, ctx))
    .filter((c): c is SectionModel => c !== undefined);
  if (!master) return undefined;
  return {
    kind: s.kind,
    master,
    mode: s.generate,
    ...(startText !== undefined ? { startText } : {}),
    ...(endText !== undefined ? { endText } : {}),
    rangePath,
    count: s.generate === "count" ? (s.count ?? 0) : 1,
    pagesPerItem: s.pages_per_item,
    context: s.context,
    counters: Object.entries(s.counters).map(([name, c]) => ({ name, start: c.start, step: c.step })),
    nested,
    ...(s.outline ? { outline: s.outline } : {}),
    path,
  };
}

export function buildPlan(project: ProjectInput, diagnostics: Diagnostic[]): PlanModel | undefined {
  const before = diagnostics.filter((d) => d.severity === "error").length;
  const masters = new Map<string, MasterModel>();
  project.masters.forEach((m, i) => {
    if (masters.has(m.name)) diagnostics.push(err(`masters[${i}].name`, `duplicate master name "${m.name}"`, "duplicate_id"));
    else masters.set(m.name, buildMaster(m.name, m.widgets, diagnostics));
  });
  const ctx: Ctx = { diagnostics, masters, kinds: new Map() };
  const plan = project.plan;
  const fallback = { start: plan.calendar.start_date ?? undefined, end: plan.calendar.end_date ?? undefined };
  const built = plan.sections.map((s, i) => buildSection(s, `plan.sections[${i}]`, 1, new Set(), fallback, ctx));

  const topKinds = plan.sections.map((s) => s.kind);
  let ordered: (SectionModel | undefined)[] = built;
  if (plan.order) {
    // Extension: without `order` the list order of `sections` is used.
    ordered = [];
    const used = new Set<string>();
    plan.order.forEach((kind, i) => {
      const at = topKinds.indexOf(kind);
      if (at < 0) diagnostics.push(err(`plan.order[${i}]`, `"${kind}" is not the kind of a top-level section`));
      else if (used.has(kind)) diagnostics.push(err(`plan.order[${i}]`, `"${kind}" is listed twice`));
      else ordered.push(built[at]);
      used.add(kind);
    });
    for (const kind of topKinds) {
      if (!used.has(kind)) diagnostics.push(err("plan.order", `must list the top-level section "${kind}"`));
    }
  }
  if (diagnostics.filter((d) => d.severity === "error").length > before) return undefined;
  return {
    sections: ordered.filter((s): s is SectionModel => s !== undefined),
    locale: plan.locale,
    generateOutlines: project.link_resolution.generate_outlines,
  };
}
