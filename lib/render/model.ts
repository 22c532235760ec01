// Renderer-internal shapes. The document itself is lib/templates' `Template` (lib/templates/types.ts):
// validated, normalised (every default filled in) and constraint-enforced before the renderer sees it.
import type { Painter } from "./painter";

export type Rect = { x: number; y: number; width: number; height: number };

/**
 * Device constraints the renderer applies to the values it derives itself (§7.5): label sizes, grid and
 * highlight strokes, touch targets. Author-set values arrive already enforced (lib/templates/constraints).
 */
export type RenderProfile = {
  id: string;
  minFontPt: number;
  minStrokePt: number;
  minTouchPt: number;
  /** Page fraction of non-white fills above which gray_fill_area is reported (§7.5). */
  maxGrayFill: number;
};

export type LinkKind = "explicit" | "generated";

/** A link request collected while drawing, resolved after the page is built (§4.6). */
export type LinkRequest = {
  page: number;
  rect: Rect;
  /** Raw target before normalisation; empty means "suppressed". */
  target: string;
  kind: LinkKind;
  widgetId: string;
  /** The widget's type and the label drawn on the link, for the dangling-link report (§4.6). */
  widgetType: string;
  label?: string;
  path: string;
  /** Where the target was written (`widgets[3].properties.to_dest`), for link diagnostics (§2.9). */
  targetPath?: string;
  /** Target page for tap_zone page actions; bypasses the name lookup. */
  pageTarget?: number;
};

export type AnchorRequest = { page: number; id: string; x: number; y: number; widgetId: string; path: string };

/** One widget's paint step plus what it contributed to navigation. */
export type PaintStep = (p: Painter) => void;

export type PagePlan = {
  page: number;
  steps: PaintStep[];
  links: LinkRequest[];
  anchors: AnchorRequest[];
};

export type { DiagnosticSink } from "@/lib/templates/sink";
