// Public surface of the fonts module (§8) for the renderer.
export { registerBundledFonts, bundledFamilies } from "./registry";
export { registerFontDirs } from "./font-dirs";
export type { FontDirsResult } from "./font-dirs";
export { resolveFont } from "./resolve";
export type { ResolvedFont, ResolvedFace, TextRun, ResolveFontOptions } from "./resolve";
export { fontKey } from "./catalog";
