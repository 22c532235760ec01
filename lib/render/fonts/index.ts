// Public surface of the fonts module (§8) for the renderer.
//
// Once per process: registerFontDirs(fontDirs) for §7.8 font_dirs (react-pdf users: react-pdf.ts).
// Per drawn string: const f = resolveFont(styling.font, text, { strict, path, widgetId, locale });
//   - push f.diagnostics (font_fallback) to the sink;
//   - react-pdf <Text>: style { fontFamily: f.fontFamily, fontWeight: f.fontWeight, fontStyle: f.fontStyle };
//   - pdfkit painter / measuring: for each run of f.runs, painter.font(run.face.src, run.face.key)
//     and measure/draw run.text (runs already carry the per-character fallback of §8.3).
export { bundledFamilies } from "./registry";
export { registerFontDirs } from "./font-dirs";
export type { FontDirsResult } from "./font-dirs";
export { resolveFont } from "./resolve";
export type { ResolvedFont, ResolvedFace, TextRun, ResolveFontOptions } from "./resolve";
export { fontKey } from "./catalog";
export type { FontStyle } from "./catalog";
