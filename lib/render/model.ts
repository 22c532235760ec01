// Renderer-internal shapes. The validated document comes from lib/templates; these types describe only
// what the renderer reads, so the renderer keeps working while the validator's types evolve.
import type { ConstraintScope } from "@/lib/templates/constraints";
import type { Diagnostic } from "@/lib/templates/diagnostics";
import type { Painter } from "./painter";

export type Rect = { x: number; y: number; width: number; height: number };

/** A widget as the renderer reads it: typed common fields, loosely typed properties (§3.1). */
export type WidgetInput = {
  id: string;
  type: string;
  page?: number;
  position: Rect;
  z_order?: number;
  background_color?: string | null;
  content?: string;
  styling?: Record<string, unknown>;
  properties?: Record<string, unknown>;
};

export type NamedDestinationInput = { id: string; page?: number; x?: number; y?: number; fit?: string };
export type OutlineInput = { title: string; dest: string; level?: number };
export type NavLinkInput = { from_widget: string; to_dest: string; padding?: number };

export type TemplateInput = {
  metadata: {
    name: string;
    description?: string;
    author?: string;
    profile?: string;
    locale?: string;
    created?: string;
  };
  canvas: { dimensions: { width: number; height: number }; background?: string };
  widgets: WidgetInput[];
  masters: { id: string; widgets: WidgetInput[] }[];
  page_assignments: { page: number; master_id: string }[];
  navigation: {
    named_destinations: NamedDestinationInput[];
    outlines: OutlineInput[];
    links: NavLinkInput[];
  };
  /** Extension: the document's own page ceiling; it can only lower the server's maxPages. */
  max_pages?: number;
};

/** Device constraints the renderer enforces on built-in values (§7.5). */
export type RenderProfile = {
  id: string;
  color: boolean;
  minFontPt: number;
  minStrokePt: number;
  minTouchPt: number;
  /** Page fraction of non-white fills above which gray_fill_area is reported (§7.5). */
  maxGrayFill: number;
  /** Which author-set values the minimums and grey conversion cover (§7.5, `scopeCovers`). */
  constraintScope: ConstraintScope;
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
