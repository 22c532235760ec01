// Step 0 of §6.4: shape of the project document. Converts zod issues and unknown keys into
// §2.9 diagnostics; cross-references are left to structure.ts.
import type { z } from "zod";
import type { Diagnostic } from "../diagnostics";
import { isRecord } from "../raw";
import { formatPath, type PathSegment } from "../paths";
import { KNOWN_KEYS, projectSchema, type ProjectInput } from "./schema";

export type ParseResult = { project?: ProjectInput; diagnostics: Diagnostic[] };

function unknownKeys(value: unknown, allowed: readonly string[], path: PathSegment[], out: Diagnostic[]): void {
  if (!isRecord(value)) return;
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) {
      out.push({ severity: "warning", code: "unknown_key", path: formatPath([...path, key]), message: `unknown key "${key}" (ignored)` });
    }
  }
}

function checkSectionKeys(sections: unknown, path: PathSegment[], out: Diagnostic[]): void {
  if (!Array.isArray(sections)) return;
  sections.forEach((s, i) => {
    unknownKeys(s, KNOWN_KEYS.section, [...path, i], out);
    if (isRecord(s)) checkSectionKeys(s.nested, [...path, i, "nested"], out);
  });
}

/** A master given as a whole template document keeps only its widgets (§6.2). */
function normalizeMaster(m: unknown): unknown {
  if (!isRecord(m) || !("schema_version" in m || "canvas" in m)) return m;
  const meta = isRecord(m.metadata) ? m.metadata : {};
  return { name: m.name ?? meta.name, description: m.description ?? meta.description, widgets: m.widgets ?? [] };
}

function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type" && /received undefined$/.test(issue.message)) return "is required";
  return issue.message.replace(/^Invalid input: /, "");
}

export function parseProject(doc: unknown): ParseResult {
  const diagnostics: Diagnostic[] = [];
  if (!isRecord(doc)) {
    return { diagnostics: [{ severity: "error", code: "schema", path: "(root)", message: "must be a mapping" }] };
  }
  unknownKeys(doc, KNOWN_KEYS.root, [], diagnostics);
  unknownKeys(doc.metadata, KNOWN_KEYS.metadata, ["metadata"], diagnostics);
  unknownKeys(doc.plan, KNOWN_KEYS.plan, ["plan"], diagnostics);
  unknownKeys(doc.link_resolution, KNOWN_KEYS.link_resolution, ["link_resolution"], diagnostics);
  const masters = Array.isArray(doc.masters) ? doc.masters.map(normalizeMaster) : doc.masters;
  if (Array.isArray(masters)) masters.forEach((m, i) => unknownKeys(m, KNOWN_KEYS.master, ["masters", i], diagnostics));
  if (isRecord(doc.plan)) {
    unknownKeys(doc.plan.calendar, KNOWN_KEYS.calendar, ["plan", "calendar"], diagnostics);
    checkSectionKeys(doc.plan.sections, ["plan", "sections"], diagnostics);
  }
  const parsed = projectSchema.safeParse({ ...doc, masters });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
      diagnostics.push({ severity: "error", code: "schema", path: formatPath(path), message: issueMessage(issue) });
    }
    return { diagnostics };
  }
  return { project: parsed.data, diagnostics };
}
