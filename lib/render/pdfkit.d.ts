// pdfkit ships no TypeScript types; the renderer draws every document with it (document.ts), and the
// benchmark's reference drawer uses it too. This declares just that surface.
declare module "pdfkit" {
  import type { Font } from "fontkit";
  export type PDFImage = { width: number; height: number };
  type PdfKitOptions = {
    autoFirstPage?: boolean;
    size?: [number, number];
    margin?: number;
    compress?: boolean;
    info?: Record<string, string | Date>;
  };
  class PDFDocument {
    constructor(options?: PdfKitOptions);
    font(src: string | Uint8Array | Font, family?: string): this;
    openImage(src: Buffer): PDFImage;
    image(src: PDFImage | Buffer, x: number, y: number, options?: { width?: number; height?: number }): this;
    clip(rule?: string): this;
    fillOpacity(opacity: number): this;
    fontSize(size: number): this;
    widthOfString(text: string, options?: { features?: string[] }): number;
    addPage(options?: { size?: [number, number]; margin?: number }): this;
    save(): this;
    restore(): this;
    rect(x: number, y: number, w: number, h: number): this;
    circle(x: number, y: number, r: number): this;
    moveTo(x: number, y: number): this;
    lineTo(x: number, y: number): this;
    fill(color?: string): this;
    stroke(color?: string): this;
    lineWidth(w: number): this;
    lineCap(cap: string): this;
    fillColor(color: string): this;
    strokeColor(color: string): this;
    text(text: string, x: number, y: number, options?: Record<string, unknown>): this;
    goTo(x: number, y: number, w: number, h: number, name: string): this;
    addNamedDestination(name: string, ...args: (string | number | null)[]): void;
    outline: { addItem(title: string): unknown };
    pipe<T extends NodeJS.WritableStream>(dest: T): T;
    end(): void;
    on(event: string, cb: (...args: unknown[]) => void): this;
  }
  export default PDFDocument;
}
