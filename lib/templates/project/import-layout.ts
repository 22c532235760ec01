// Importer for einkpdf's on-disk project layout (§6.1): `project.json`, `masters/<name>.yaml` and
// `plan.yaml`, assembled into the one-document form compileProject takes.
import { CORE_SCHEMA, load } from "js-yaml";
import type { Diagnostic } from "../diagnostics";
import { isRecord } from "../raw";

export type LayoutFiles = Readonly<Record<string, string>>;
export type ImportResult = { doc?: Record<string, unknown>; diagnostics: Diagnostic[] };

const MASTER_FILE = /^(?:.*\/)?masters\/([^/]+)\.ya?ml$/;

function read(name: string, text: string, json: boolean, out: Diagnostic[]): unknown {
  try {
    return json ? (JSON.parse(text) as unknown) : load(text, { schema: CORE_SCHEMA });
  } catch (e) {
    const first = e instanceof Error ? (e.message.split("\n")[0] ?? "") : "";
    out.push({ severity: "error", code: "schema", path: "(root)", message: `${name}: cannot be parsed (${first})` });
    return undefined;
  }
}

function fileNamed(files: LayoutFiles, name: string): [string, string] | undefined {
  const key = Object.keys(files).find((k) => k === name || k.endsWith(`/${name}`));
  const text = key === undefined ? undefined : files[key];
  return key === undefined || text === undefined ? undefined : [key, text];
}

/** Files keyed by their relative path; masters are taken in file-name order for determinism. */
export function projectFromLayout(files: LayoutFiles): ImportResult {
  const diagnostics: Diagnostic[] = [];
  const projectFile = fileNamed(files, "project.json");
  const planFile = fileNamed(files, "plan.yaml") ?? fileNamed(files, "plan.yml");
  if (!projectFile) diagnostics.push({ severity: "error", code: "schema", path: "(root)", message: "project.json is missing" });
  if (!planFile) diagnostics.push({ severity: "error", code: "schema", path: "(root)", message: "plan.yaml is missing" });
  if (!projectFile || !planFile) return { diagnostics };
  const project = read(projectFile[0], projectFile[1], true, diagnostics);
  const planDoc = read(planFile[0], planFile[1], false, diagnostics);
  const masters = Object.keys(files)
    .filter((k) => MASTER_FILE.test(k))
    .sort()
    .map((k) => {
      const m = read(k, files[k] ?? "", false, diagnostics);
      // A master file may omit its name; einkpdf named masters after their files.
      const stem = MASTER_FILE.exec(k)?.[1] ?? "";
      return isRecord(m) && m.name === undefined && !isRecord(m.metadata) ? { name: stem, ...m } : m;
    });
  if (diagnostics.length) return { diagnostics };
  if (!isRecord(project))
    return { diagnostics: [{ severity: "error", code: "schema", path: "(root)", message: "project.json must hold an object" }] };
  const plan = isRecord(planDoc) && isRecord(planDoc.plan) ? planDoc.plan : planDoc;
  const { masters: _listed, plan: _plan, ...rest } = project;
  return { doc: { ...rest, masters, plan }, diagnostics };
}
