// What a request checks before any render is queued: is the document valid, how many pages, its
// title. The template layer alone answers it (no renderer), so the web path never loads lib/render.
import type { Diagnostic } from "./diagnostics";
import { loadDocument, type LoadDocumentOptions } from "./load";

export type InspectOptions = Pick<LoadDocumentOptions, "profile" | "strict" | "maxPages" | "constraintScope">;

export type InspectResult = {
  /** Renderable as is: valid, with a known device profile, and within the page limit. */
  ok: boolean;
  diagnostics: Diagnostic[];
  /** Exact page count when the document is valid enough to count (§2.8, §6.4). */
  pageCount?: number;
  /** metadata.name, for titles and download file names. */
  title: string;
  kind: "template" | "project";
};

export function inspectDocument(yaml: string, options: InspectOptions): InspectResult {
  const loaded = loadDocument(yaml, {
    strict: options.strict,
    maxPages: options.maxPages,
    ...(options.profile !== undefined ? { profile: options.profile } : {}),
    ...(options.constraintScope !== undefined ? { constraintScope: options.constraintScope } : {}),
  });
  const ok = loaded.template !== undefined && loaded.profile !== undefined && !loaded.diagnostics.some((d) => d.severity === "error");
  return {
    ok,
    diagnostics: loaded.diagnostics,
    ...(loaded.pageCount !== undefined ? { pageCount: loaded.pageCount } : {}),
    title: loaded.title,
    kind: loaded.kind,
  };
}
