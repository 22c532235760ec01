// A document as the create-time check loaded it (parsed, compiled, validated, constraint-enforced),
// in V8's structured-clone format, so the render child can start from it instead of loading the YAML
// again: the check and the render otherwise do the same ~100 ms of work for a year planner (issue 17).
// Only valid for the options it was loaded with (lib/jobs/inspect-cache.ts keys it by them); any
// render with those options may start from it, a page preview too (same bytes, same widget paths).
import { deserialize, serialize } from "node:v8";
import { makePathMapper } from "@/lib/templates/project/source-map";
import type { LoadedDocument } from "@/lib/templates/load";

/** A loaded document, whole: `sourcePath` (a function, not cloneable) is rebuilt from `widgetOrigins`. */
export type CompiledDocument = LoadedDocument;

export function encodeCompiled(loaded: LoadedDocument): Uint8Array {
  const { sourcePath: _rebuilt, ...rest } = loaded;
  return serialize(rest);
}

export function decodeCompiled(bytes: Uint8Array): CompiledDocument {
  const doc = deserialize(bytes) as Omit<LoadedDocument, "sourcePath">;
  return doc.widgetOrigins ? { ...doc, sourcePath: makePathMapper(doc.widgetOrigins) } : doc;
}
