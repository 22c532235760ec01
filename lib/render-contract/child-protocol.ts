// Messages between the supervisor and a render child (lib/render/child.ts). Only small JSON
// travels here: the YAML (and, when the create-time check kept it, the compiled document) in,
// progress and counts out. The PDF goes to a file the parent named.
import type { Diagnostic } from "@/lib/templates/diagnostics";
import type { RenderOptions, RenderProgress, RenderResult } from "@/lib/render-contract/types";

export type ChildRequest = RenderRequest | WarmRequest;

/** The parent allows (idle machine) or stops (a job is running or waiting) the spare's warm-up. */
export type WarmRequest = { type: "warm"; allowed: boolean };

export type RenderRequest = {
  type: "render";
  yaml: string;
  /** `yaml` compiled with these options by the create-time check (compiled-document.ts); the child skips loading it. */
  compiled?: Uint8Array;
  outputPath: string;
  options: RenderOptions;
  /** One part of a job whose chunks are drawn by separate workers; the whole document when absent. */
  part?: RenderPart;
  /** Chunk threads this render may use besides its own thread: the node's cores no other render holds. */
  threads?: number;
  /** TEST-ONLY: stretches the render; set only when NODE_ENV=test (INKSET_TEST_RENDER_DELAY_MS). */
  testDelayMs?: number;
};

/**
 * `chunk`: draw that chunk (0-based) of the document into a chunk file at outputPath (its result's
 * pageCount is the whole document's); `join`: the document from all its chunk files, in order.
 */
export type RenderPart = { chunk: number } | { join: string[] };

export type ChildMessage =
  | { type: "ready" }
  | { type: "progress"; progress: RenderProgress }
  /** `rssMb`: the child's resident memory after the render; the parent recycles a child that grew. */
  | { type: "done"; result: RenderResult; rssMb: number }
  | {
      type: "error";
      /** "TEMPLATE_INVALID" | "PAGE_LIMIT" are user errors; "INTERNAL" is anything else. */
      code: "TEMPLATE_INVALID" | "PAGE_LIMIT" | "INTERNAL";
      message: string;
      diagnostics: Diagnostic[];
    };
