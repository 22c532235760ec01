// The subset of pdfkit's drawing API a paint step may use (document.ts builds it; it is also what
// @react-pdf/render hands a <Canvas paint> callback).
import type { Font } from "fontkit";

// pdfkit's drawing methods a paint step may call, besides font(). Nothing else of pdfkit reaches widgets.
export const PAINTER_METHODS = [
  "save",
  "restore",
  "translate",
  "rotate",
  "scale",
  "rect",
  "roundedRect",
  "circle",
  "moveTo",
  "lineTo",
  "clip",
  "fill",
  "stroke",
  "fillAndStroke",
  "fillColor",
  "strokeColor",
  "fillOpacity",
  "strokeOpacity",
  "opacity",
  "lineWidth",
  "lineCap",
  "lineJoin",
  "dash",
  "fontSize",
  "text",
] as const;

export type TextOptions = {
  lineBreak?: boolean;
  baseline?: "alphabetic" | "top" | number;
  width?: number;
  /** OpenType features for fontkit: a list to turn on, or `{ liga: false, … }` to turn some off. */
  features?: string[] | Record<string, boolean>;
};

export interface Painter {
  save(): Painter;
  restore(): Painter;
  translate(x: number, y: number): Painter;
  rotate(angle: number, options?: { origin?: [number, number] }): Painter;
  scale(x: number, y?: number): Painter;
  rect(x: number, y: number, w: number, h: number): Painter;
  roundedRect(x: number, y: number, w: number, h: number, r: number): Painter;
  circle(x: number, y: number, r: number): Painter;
  moveTo(x: number, y: number): Painter;
  lineTo(x: number, y: number): Painter;
  clip(rule?: "nonzero" | "even-odd"): Painter;
  fill(color?: string): Painter;
  stroke(color?: string): Painter;
  fillAndStroke(fill?: string, stroke?: string): Painter;
  fillColor(color: string, opacity?: number): Painter;
  strokeColor(color: string, opacity?: number): Painter;
  fillOpacity(opacity: number): Painter;
  strokeOpacity(opacity: number): Painter;
  opacity(opacity: number): Painter;
  lineWidth(w: number): Painter;
  lineCap(cap: "butt" | "round" | "square"): Painter;
  lineJoin(join: "miter" | "round" | "bevel"): Painter;
  dash(length: number, options?: { space?: number; phase?: number }): Painter;
  /** A base-14 name, or a parsed face with the name the document caches it under. */
  font(src: string | Font, family?: string): Painter;
  fontSize(size: number): Painter;
  text(text: string, x: number, y: number, options?: TextOptions): Painter;
}
