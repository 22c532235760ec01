// loadDocument: the one entry point the renderer and the job system use. YAML text → a validated,
// constraint-enforced Template (or every reason it cannot be rendered), for templates and projects.
import { enforceConstraints, type ConstraintScope } from "./constraints";
import type { Diagnostic } from "./diagnostics";
import { hasErrors } from "./diagnostics";
import { compileProject } from "./project/compile";
import type { WidgetOrigin } from "./project/source-map";
import { lookupProfile, profilePageSize, type DeviceProfile } from "./profiles";
import { isRecord, listAt, mapAt, type RawMap } from "./raw";
import { resolveLocale } from "./tokens/locales";
import type { Template } from "./types";
import { effectiveMaxPages, validateTemplateValue, type TemplateLimits } from "./validate";
import { parseYaml } from "./yaml";

export type LoadDocumentOptions = {
  /** Render option; overrides metadata.profile / metadata.device_profile. */
  profile?: string;
  strict: boolean;
  /** Server ceiling (MAX_PDF_PAGES); a document's own max_pages can only lower it. */
  maxPages: number;
  constraintScope?: ConstraintScope;
  limits?: Partial<TemplateLimits>;
  /** Profiles from configured directories (§7.2); one with a built-in id replaces it (info note). */
  userProfiles?: readonly DeviceProfile[];
  /** A render's variables (RenderOptions.variables): a project's pages see them under their own. */
  variables?: Readonly<Record<string, string | number | boolean>>;
};

export type LoadedDocument = {
  /** Present only when there is no error: validated, normalised and constraint-enforced. */
  template?: Template;
  /** The profile the template was enforced against (present with `template`). */
  profile?: DeviceProfile;
  diagnostics: Diagnostic[];
  pageCount?: number;
  title: string;
  kind: "template" | "project";
  /** A project's compiled-widget path (`widgets[812]`) → the master widget that drew it (`masters["day"].widgets[3] [page 40]`). */
  sourcePath?: (path: string) => string;
  /** What `sourcePath` maps with (lib/templates/project/source-map.ts), so a compiled document can rebuild it. */
  widgetOrigins?: (WidgetOrigin | undefined)[];
};

/** §6.1: a project has `masters` with `name`s and a `plan`. */
export function isProjectDocument(doc: unknown): doc is RawMap {
  return isRecord(doc) && isRecord(doc.plan) && listAt(doc, "masters").some((m) => isRecord(m) && typeof m.name === "string");
}

function titleOf(doc: unknown): string {
  const name = mapAt(doc, "metadata")?.name;
  return typeof name === "string" && name.trim() !== "" ? name : "Untitled";
}

function profileCanvas(id: string, userProfiles?: readonly DeviceProfile[]): Record<string, unknown> | undefined {
  const profile = lookupProfile(id, userProfiles).profile;
  if (!profile) return undefined;
  const { width, height } = profilePageSize(profile);
  return {
    dimensions: { width, height, margins: profile.pdf_settings.safe_margins },
    coordinate_system: "top_left",
    background: "#FFFFFF",
    grid_size: 10,
    snap_enabled: true,
  };
}

function resolveRenderProfile(template: Template, options: LoadDocumentOptions, out: Diagnostic[]): DeviceProfile | undefined {
  const override = options.profile;
  const requested = override ?? template.metadata.profile;
  const lookup = lookupProfile(requested, options.userProfiles);
  if (!lookup.profile) {
    const path = override ? "(root)" : "metadata.profile";
    out.push({ severity: "error", code: "schema", path, message: `unknown device profile "${requested}"` });
    return undefined;
  }
  if (override && lookup.aliasOf) {
    out.push({
      severity: "warning",
      code: "deprecated",
      path: "(root)",
      message: `profile "${lookup.aliasOf}" is deprecated; use "${lookup.profile.id}"`,
    });
  }
  if (lookup.replacedBuiltin) {
    out.push({
      severity: "info",
      code: "lint",
      path: "(root)",
      message: `profile "${lookup.profile.id}" is a configured profile replacing the built-in one`,
    });
  }
  return lookup.profile;
}

export function loadDocument(yaml: string, options: LoadDocumentOptions): LoadedDocument {
  const parsed = parseYaml(yaml, options.limits);
  if (!parsed.ok) return { diagnostics: parsed.diagnostics, title: "Untitled", kind: "template" };
  const doc = parsed.value;
  const title = titleOf(doc);
  const serverMax = options.maxPages;
  const common = {
    strict: options.strict,
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.userProfiles ? { userProfiles: options.userProfiles } : {}),
  };

  if (isProjectDocument(doc)) {
    // A render's profile override is the project's device (§2.4): without default_canvas, the page
    // follows it, so one project renders at each device's size (batches, --profile).
    const metadata = mapAt(doc, "metadata");
    const forDevice =
      options.profile !== undefined && metadata ? { ...doc, metadata: { ...metadata, device_profile: options.profile } } : doc;
    const compiled = compileProject(forDevice, {
      strict: options.strict,
      maxPages: effectiveMaxPages(doc, serverMax),
      canvasForProfile: (id) => profileCanvas(id, options.userProfiles),
      ...(options.variables ? { variables: options.variables } : {}),
    });
    const pageCount = compiled.pageCount;
    if (!compiled.template || hasErrors(compiled.diagnostics)) {
      return { diagnostics: compiled.diagnostics, title, kind: "project", ...(pageCount !== undefined ? { pageCount } : {}) };
    }
    // Problems found in the compiled template are reported where the author can fix them: the master.
    const mapPath = compiled.mapPath;
    const toSource = (list: Diagnostic[]) => (mapPath ? list.map((d) => ({ ...d, path: mapPath(d.path) })) : list);
    const validated = validateTemplateValue(compiled.template, undefined, { ...common, maxPages: serverMax });
    const diagnostics = [...compiled.diagnostics, ...oncePerMasterWidget(toSource(validated.diagnostics), "locale_fallback")];
    const done = finish(validated.template, diagnostics, validated.pageCount ?? pageCount, title, "project", options, toSource);
    return mapPath && compiled.origins ? { ...done, sourcePath: mapPath, widgetOrigins: compiled.origins } : done;
  }
  const validated = validateTemplateValue(doc, parsed.locator, { ...common, maxPages: serverMax });
  const diagnostics = validated.diagnostics;
  // §5.7: names and calendars fall back to English. A project reports this at plan.locale instead.
  const locale = validated.template?.metadata.locale;
  if (locale !== undefined && resolveLocale(locale).fallback) {
    const line = parsed.locator.locate([["metadata", "locale"]])[0]?.line;
    diagnostics.push({
      severity: "warning",
      code: "locale_fallback",
      path: "metadata.locale",
      message: `unsupported locale "${locale}", English used`,
      ...(line ? { line } : {}),
    });
  }
  return finish(validated.template, diagnostics, validated.pageCount, title, "template", options);
}

/**
 * A master widget is copied onto every generated page; a problem of its own (same source path and
 * message once the `[page …]` context is dropped) is reported for its first page only.
 */
function oncePerMasterWidget(list: Diagnostic[], code: string): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    if (d.code !== code) return true;
    const key = `${d.path.replace(/ \[[^\]]*\]$/, "")}\n${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function finish(
  template: Template | undefined,
  diagnostics: Diagnostic[],
  pageCount: number | undefined,
  title: string,
  kind: "template" | "project",
  options: LoadDocumentOptions,
  toSource: (list: Diagnostic[]) => Diagnostic[] = (list) => list,
): LoadedDocument {
  const base = { title, kind, ...(pageCount !== undefined ? { pageCount } : {}) };
  if (!template) return { ...base, diagnostics };
  const profile = resolveRenderProfile(template, options, diagnostics);
  if (!profile) return { ...base, diagnostics };
  const enforced = enforceConstraints(template, profile, {
    strict: options.strict,
    ...(options.constraintScope ? { constraintScope: options.constraintScope } : {}),
  });
  const all = [...diagnostics, ...toSource(enforced.diagnostics)];
  if (hasErrors(all)) return { ...base, diagnostics: all };
  return { ...base, template: enforced.template, profile, diagnostics: all };
}
