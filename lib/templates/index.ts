// Browser-safe public API of the template layer (the editor validates as you type). Server code
// that needs projects and constraints in one call uses `loadDocument` from ./load.
export type { Diagnostic, Severity } from "./diagnostics";
export { formatDiagnostic, hasErrors } from "./diagnostics";
export type * from "./types";
export { parseTemplate, validateTemplateValue, effectiveMaxPages } from "./validate";
export { pageLimitMessage, DEFAULT_MAX_PAGES } from "./page-limit";
export type { ParseTemplateOptions, ParseTemplateResult, TemplateLimits } from "./validate";
export { parseYaml, DEFAULT_YAML_LIMITS } from "./yaml";
export { formatPath, parsePath } from "./paths";
export {
  DEFAULT_PROFILE,
  getProfile,
  listProfiles,
  lookupProfile,
  parseProfile,
  profilePageSize,
  profilePngSize,
  type DeviceProfile,
  type ProfileConstraints,
} from "./profiles";
export { productBrand, productName } from "./profiles/product-names";
export {
  builtinFontSize,
  builtinStroke,
  canvasMismatch,
  enforceConstraints,
  isGrey,
  paintColour,
  toGrey,
  type ConstraintOptions,
  type ConstraintScope,
} from "./constraints";
export {
  FULL_CHECK_MAX_PAGES,
  fullProjectCheck,
  locateDiagnostics,
  validateDocument,
  type DocumentSummary,
  type MasterSummary,
  type SectionSummary,
  type Validation,
} from "./quick-check";
