// What a request checks before any render is queued: is the document valid, how many pages, its
// title. The template layer alone answers it (no renderer), so the web path never loads lib/render.
import type { Diagnostic } from "./diagnostics";
import { loadDocument, type LoadDocumentOptions, type LoadedDocument } from "./load";

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
  return inspectLoaded(loadForInspection(yaml, options));
}

/** The document loaded as a check loads it (the render child can reuse it: same options, no variables). */
export function loadForInspection(yaml: string, options: InspectOptions): LoadedDocument {
  return loadDocument(yaml, {
    strict: options.strict,
    maxPages: options.maxPages,
    ...(options.profile !== undefined ? { profile: options.profile } : {}),
    ...(options.constraintScope !== undefined ? { constraintScope: options.constraintScope } : {}),
  });
}

/** What a check answers about a loaded document. */
export function inspectLoaded(loaded: LoadedDocument): InspectResult {
  const ok = loaded.template !== undefined && loaded.profile !== undefined && !loaded.diagnostics.some((d) => d.severity === "error");
  return {
    ok,
    diagnostics: loaded.diagnostics,
    ...(loaded.pageCount !== undefined ? { pageCount: loaded.pageCount } : {}),
    title: loaded.title,
    kind: loaded.kind,
  };
}
