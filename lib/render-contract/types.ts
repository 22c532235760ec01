// The contract between the job system and the renderer (lib/render implements it; lib/jobs calls it
// through a render child). Types and one error class only, so callers never load the renderer.
import type { ConstraintScope } from "@/lib/templates/constraints";
import type { Diagnostic } from "@/lib/templates/diagnostics";
import type { CompiledDocument } from "./compiled-document";
import type { ChunkThreads } from "@/lib/render/chunks/threads";

export type RenderPhase = "parse" | "compile" | "layout" | "write";

/** Real progress: pages done out of total within the current phase. */
export type RenderProgress = { phase: RenderPhase; done: number; total: number };

export type TouchTargets = "enlarge" | "report";
export type LinkTargets = "named" | "explicit";

export type RenderOptions = {
  /** Device profile id; overrides metadata.profile / metadata.device_profile. */
  profile?: string;
  strict: boolean;
  deterministic: boolean;
  /** Server ceiling (MAX_PDF_PAGES). A template's own max_pages can only lower it. */
  maxPages: number;
  /** ISO date used by highlight_today (§7.8). */
  today?: string;
  /**
   * Editor preview: draw only the first N pages. Later pages are treated as absent, so links and
   * destinations that point past them are dropped (use with strict: false); tokens still see the full page count.
   */
  previewPages?: number;
  /**
   * Editor page view: draw only this page (1-based) as a one-page PDF, without links, destinations
   * or outline; the result's `page` describes its widgets. Tokens see the real page number and count.
   */
  previewPage?: number;
  /** With `previewPage`: draw instead the page an anchor with this destination id is on (`day:2026-03-14`), when there is one. */
  previewDestination?: string;
  /** §4.4: `enlarge` (default) grows short link rectangles; `report` leaves them and reports each short link. */
  touchTargets?: TouchTargets;
  /** §4.3: `named` (default) links by destination name; `explicit` writes `[page /FitH top]` arrays instead. */
  linkTargets?: LinkTargets;
  /** §7.5: which constraints are enforced; `full` (default) or einkpdf's narrower set. */
  constraintScope?: ConstraintScope;
  /** Remote image policy (§9.3) from the server configuration; remote images stay off when absent. */
  images?: { remoteImages?: "off" | "allowlist"; imageHosts?: readonly string[]; maxAssetBytes?: number; assetRoots?: readonly string[] };
  /**
   * The job owner's uploaded assets the template refers to: `asset:` name → absolute path of a file
   * the parent process wrote for this render (named by asset id). Templates never build a path.
   */
  assets?: Record<string, string>;
  /**
   * Render-time variables from the job (`variables` in the API): any token no page, widget or plan
   * variable fills is looked up here, so they never hide a page's own `{year}` or `{date}`.
   */
  variables?: Record<string, string | number | boolean>;
};

export type RenderRequest = RenderOptions & {
  /** A template (§2) or a project (§6) as YAML text. */
  yaml: string;
  /** Absolute path the PDF is written to. The caller owns temp-name + rename. */
  outputPath: string;
  /** `yaml` already loaded with these options (the create-time check's work): used instead of loading it again. */
  preloaded?: CompiledDocument;
  onProgress?: (progress: RenderProgress) => void;
  /** Chunk threads that may help draw a large document (lib/render/chunks); the render's own thread alone when absent. */
  chunkThreads?: ChunkThreadsOption;
};

/** How a render may use its process's chunk threads (the render child sets it per job). */
export type ChunkThreadsOption = {
  pool: ChunkThreads;
  /** Documents with fewer pages are drawn by the render's own thread alone. */
  minPages: number;
  /** How many of the pool's threads this render may use: the cores the node has free for it. */
  threads: number;
};

export type RenderTimings = { parseMs: number; compileMs: number; layoutMs: number; writeMs: number };

export type RenderResult = {
  pageCount: number;
  /** Warnings and info notes (errors throw a TemplateRenderError instead). */
  diagnostics: Diagnostic[];
  timings: RenderTimings;
  stats: { widgets: number; links: number; destinations: number; outlineEntries: number };
  /** With `previewPage`: the document's page count and what the drawn page is made of. */
  page?: PagePreview;
};

export type PagePreviewWidget = {
  id: string;
  type: string;
  /** Where the author edits it: `widgets[3]`, or for a project `masters["day"].widgets[2] [page 40 …]`. */
  path: string;
  position: { x: number; y: number; width: number; height: number };
};
/** A link on the page: [x0, y0, x1, y1] in points from the top-left corner, and the page it opens. */
export type PagePreviewLink = { rect: [number, number, number, number]; page: number };
export type PagePreviewOutlineItem = { title: string; page: number | null; children: PagePreviewOutlineItem[] };
export type PagePreview = {
  number: number;
  documentPages: number;
  size: { width: number; height: number };
  widgets: PagePreviewWidget[];
  /** Resolved against the whole document's destinations, as the full PDF would have them. */
  links: PagePreviewLink[];
  outline: PagePreviewOutlineItem[];
};

/**
 * Thrown by renderDocument for user errors: invalid template, page limit, strict-mode violations.
 * `code` is "TEMPLATE_INVALID" or "PAGE_LIMIT"; `message` is user-facing (for the page limit exactly
 * `PDF has 1500 pages, exceeds limit of 1000`). Never retried.
 */
export class TemplateRenderError extends Error {
  constructor(
    readonly code: "TEMPLATE_INVALID" | "PAGE_LIMIT",
    message: string,
    readonly diagnostics: Diagnostic[] = [],
  ) {
    super(message);
    this.name = "TemplateRenderError";
  }
}
