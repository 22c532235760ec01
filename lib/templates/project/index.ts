// Public surface of the project compiler (docs/template-language §6). Browser-safe.
export { compileProject, countProjectPages, type CompileOptions, type CompileResult } from "./compile";
export { serializeCompiledTemplate, type CompileStats } from "./output";
export { projectFromLayout, type LayoutFiles, type ImportResult } from "./import-layout";
export { usedVariables } from "./master-checks";
export { projectSchema, type ProjectInput } from "./schema";
