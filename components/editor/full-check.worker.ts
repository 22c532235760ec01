// The editor's full check of a large project, off the main thread: compiling a year planner takes up to
// seconds, and typing must not wait for it. One request at a time; the editor terminates the worker to
// abandon a check (a newer text, a time cap, leaving the page).
import type { Diagnostic } from "@/lib/templates";
import { fullProjectCheck } from "@/lib/templates";

export type FullCheckRequest = { id: number; yaml: string; profile: string };
export type FullCheckResponse = { id: number; diagnostics: Diagnostic[] } | { id: number; error: string };

addEventListener("message", (event: MessageEvent<FullCheckRequest>) => {
  const { id, yaml, profile } = event.data;
  let response: FullCheckResponse;
  try {
    response = { id, diagnostics: fullProjectCheck(yaml, profile) };
  } catch (err) {
    // A compiler bug must not look like a clean document: the editor shows that the check failed.
    response = { id, error: err instanceof Error ? err.message : String(err) };
  }
  postMessage(response);
});
