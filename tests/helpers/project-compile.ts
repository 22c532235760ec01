// Helpers for the compiler's tests (not used by production code).
import { CORE_SCHEMA, load } from "js-yaml";
import type { Diagnostic } from "@/lib/templates/diagnostics";
import { compileProject, type CompileResult } from "@/lib/templates/project/compile";

export type W = {
  id: string;
  type: string;
  page: number;
  content?: string;
  properties?: Record<string, unknown>;
  position?: Record<string, number>;
};

export function yamlDoc(text: string): unknown {
  return load(text, { schema: CORE_SCHEMA });
}

export function compileYaml(text: string, options: { strict?: boolean; maxPages?: number } = {}): CompileResult {
  return compileProject(yamlDoc(text), { strict: options.strict ?? false, maxPages: options.maxPages ?? 1000 });
}

export function widgetsOf(r: CompileResult): W[] {
  const ws = r.template?.widgets;
  if (!Array.isArray(ws)) throw new Error(`no template: ${r.diagnostics.map((d) => `${d.path}: ${d.message}`).join("\n")}`);
  return ws as W[];
}

export function byId(r: CompileResult, id: string): W | undefined {
  return widgetsOf(r).find((w) => w.id === id);
}

export function errorsOf(r: CompileResult): Diagnostic[] {
  return r.diagnostics.filter((d) => d.severity === "error");
}

export function destinationsOf(r: CompileResult): { id: string; page: number }[] {
  const nav = r.template?.navigation as { named_destinations?: { id: string; page: number }[] } | undefined;
  return nav?.named_destinations ?? [];
}

export function outlinesOf(r: CompileResult): { title: string; dest: string; level: number }[] {
  const nav = r.template?.navigation as { outlines?: { title: string; dest: string; level: number }[] } | undefined;
  return nav?.outlines ?? [];
}

/** One master whose page shows the listed tokens, for enumeration tests. */
export function probeProject(plan: string, probe = "{kind_label}"): string {
  return `
metadata: {name: Probe}
masters:
  - name: m
    widgets:
      - {id: t, type: text_block, position: {x: 10, y: 10, width: 200, height: 20}, content: "${probe}"}
plan:
${plan}
`;
}
