// pdfkit ships no TypeScript types; the renderer uses it only to measure text (metrics.ts) and in the
// benchmark's reference drawer. This declares just that surface.
declare module "pdfkit" {
  type PdfKitOptions = {
    autoFirstPage?: boolean;
    size?: [number, number];
    margin?: number;
    compress?: boolean;
    info?: Record<string, string | Date>;
  };
  class PDFDocument {
    constructor(options?: PdfKitOptions);
    font(src: string | Uint8Array, family?: string): this;
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
