// Messages between a render and its planner thread (plan-worker.ts).
import type { Diagnostic } from "@/lib/templates/diagnostics";
import type { Template } from "@/lib/templates/types";
import type { RenderProfile } from "../model";
import type { RecordedChunk } from "./recording";

/** Plan pages `from`..`to` of the document, CHUNK_PAGES at a time: one chunk per `next` message. */
export type PlanTask = {
  template: Template;
  profile: RenderProfile;
  strict: boolean;
  today?: string;
  pageCount: number;
  from: number;
  to: number;
};

/** The render asks for the next chunk while it paints the one before, so at most one waits in memory. */
export type PlanMessage = { type: "task"; task: PlanTask } | { type: "next" };

export type PlanReply =
  { type: "chunk"; chunk: RecordedChunk; diagnostics: Diagnostic[]; layoutMs: number } | { type: "error"; message: string };
