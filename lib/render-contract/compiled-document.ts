// A document as the create-time check loaded it (parsed, compiled, validated, constraint-enforced),
// in V8's structured-clone format, so the render child can start from it instead of loading the YAML
// again: the check and the render otherwise do the same ~100 ms of work for a year planner (issue 17).
// Only valid for the options it was loaded with (lib/jobs/inspect-cache.ts keys it by them).
import { deserialize, serialize } from "node:v8";
import type { LoadedDocument } from "@/lib/templates/load";

/** Everything of a loaded document but `sourcePath` (a function; only page previews use it). */
export type CompiledDocument = Omit<LoadedDocument, "sourcePath">;

export function encodeCompiled(loaded: LoadedDocument): Uint8Array {
  const { sourcePath: _dropped, ...rest } = loaded;
  return serialize(rest satisfies CompiledDocument);
}

export function decodeCompiled(bytes: Uint8Array): CompiledDocument {
  return deserialize(bytes) as CompiledDocument;
}
