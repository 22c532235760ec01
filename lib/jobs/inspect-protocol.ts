// Messages between the inspection pool and its worker threads.
import type { InspectOptions, InspectResult } from "@/lib/templates/inspect";

/** `compile`: also send back the compiled document of a valid one (lib/jobs/inspect-cache.ts keeps it). */
export type InspectRequest = { id: number; yaml: string; options: InspectOptions; compile: boolean };
export type InspectReply =
  { id: number; ok: true; result: InspectResult; compiled?: Uint8Array } | { id: number; ok: false; message: string };
