// Document loading for the renderer: lib/templates' loadDocument (parse, compile projects, validate,
// normalise, enforce profile constraints), mapped to the few facts the renderer needs.
import type { RenderOptions, RenderRequest } from "@/lib/render-contract/types";
import type { ConstraintScope } from "@/lib/templates/constraints";
import type { Diagnostic } from "@/lib/templates/diagnostics";
import { loadDocument, type LoadedDocument } from "@/lib/templates/load";
import type { DeviceProfile } from "@/lib/templates/profiles";
import type { Template } from "@/lib/templates/types";
import type { RenderProfile } from "./model";

export type Loaded = {
  /** Validated, normalised and constraint-enforced (lib/templates/load.ts). */
  template?: Template;
  profile?: RenderProfile;
  kind: "template" | "project";
  title: string;
  diagnostics: Diagnostic[];
  /** Exact page count (§2.8, §6.4), known even when the document is over the limit. */
  pageCount?: number;
  /** Where a compiled widget came from (projects: its master); identity for templates. */
  sourcePath?: (path: string) => string;
};
export type LoadOptions = {
  strict: boolean;
  maxPages: number;
  profile?: string;
  constraintScope?: ConstraintScope;
  variables?: Readonly<Record<string, string | number | boolean>>;
};

export function loadInput(yaml: string, options: LoadOptions): Loaded {
  return forRenderer(
    loadDocument(yaml, {
      strict: options.strict,
      maxPages: options.maxPages,
      ...(options.profile !== undefined ? { profile: options.profile } : {}),
      ...(options.constraintScope !== undefined ? { constraintScope: options.constraintScope } : {}),
      ...(options.variables ? { variables: options.variables } : {}),
    }),
  );
}

function forRenderer(loaded: LoadedDocument): Loaded {
  const base = {
    kind: loaded.kind,
    title: loaded.title,
    diagnostics: loaded.diagnostics,
    ...(loaded.pageCount !== undefined ? { pageCount: loaded.pageCount } : {}),
    ...(loaded.sourcePath ? { sourcePath: loaded.sourcePath } : {}),
  };
  if (!loaded.template || !loaded.profile) return base;
  return { ...base, template: loaded.template, profile: renderProfileOf(loaded.profile) };
}

/** The device constraints the renderer applies itself (§7.5), from the profile the document was enforced against. */
export function renderProfileOf(p: DeviceProfile): RenderProfile {
  return {
    id: p.id,
    minFontPt: p.constraints.min_font_pt,
    minStrokePt: p.constraints.min_stroke_pt,
    minTouchPt: p.constraints.min_touch_target_pt,
    maxGrayFill: p.constraints.max_gray_fill_area,
  };
}

/** A render request's document, loaded with the request's options (or as the create-time check loaded it). */
export function loadForRender(
  req: { yaml: string } & Pick<RenderRequest, "preloaded"> &
    Pick<RenderOptions, "strict" | "maxPages" | "profile" | "constraintScope" | "variables">,
): Loaded {
  if (req.preloaded) return forRenderer(req.preloaded);
  return loadInput(req.yaml, {
    strict: req.strict,
    maxPages: req.maxPages,
    ...(req.profile !== undefined ? { profile: req.profile } : {}),
    ...(req.constraintScope !== undefined ? { constraintScope: req.constraintScope } : {}),
    ...(req.variables ? { variables: req.variables } : {}),
  });
}
