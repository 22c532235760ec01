// One pdfkit document for the whole render. Pages are painted as they are planned (render.ts plans in
// chunks), and pdfkit writes each page's content out when the next page starts, so memory holds the
// compressed output, not a page tree. One document means one subset per font for the whole file, each
// with its own tag (ISO 32000-1 §9.6.4), and one image XObject per distinct image.
import PDFDocument, { type PDFImage } from "pdfkit";
import type { Font } from "fontkit";
import { countingPainter } from "./paint-guard";
import { PAINTER_METHODS, type Painter } from "./painter";
import type { PlannedPage } from "./plan";
import type { ImageStep } from "./widget-context";
import { createSharedPaint } from "./shared-paint";
import { simpleRun } from "./simple-run";
import { ONE_GLYPH_PER_CHARACTER } from "./text-layout";

// The final Info dictionary is written by pdf-lib (finalise.ts); fixed dates keep renders byte-identical.
const EPOCH = new Date(Date.UTC(1970, 0, 1));

type PdfKitFont = { font?: { kernPairs?: Record<string, number> } };

/**
 * pdfkit kerns base-14 text from the AFM kern pairs and has no option to stop; §3.3 measures without
 * kerning, so each base-14 font's pair table is emptied when the document first opens it. (Embedded
 * fonts are drawn with the `kern` feature off instead, see text-layout.ts.)
 */
function withoutKerning(doc: PDFDocument): void {
  const font = (doc as unknown as { _font?: PdfKitFont })._font;
  if (font?.font?.kernPairs) font.font.kernPairs = {};
}

type GlyphRun = unknown;
type EmbeddedFont = {
  layout(text: string, features?: object, onlyWidth?: boolean): GlyphRun;
  layoutRun?: unknown;
  font: Font;
  scale: number;
};
/** Distinct strings kept per font and feature set; a year planner draws a few thousand. */
const MAX_CACHED_RUNS = 20_000;
const cachedFonts = new WeakSet<object>();

/**
 * pdfkit caches an embedded font's glyph runs only for text drawn without OpenType features, and
 * text-layout.ts always passes features (kerning and ligatures off, §3.3). Without a cache every
 * drawn string is shaped again by fontkit: in a themed year planner (Inter, Lora) that was a third
 * of the render's CPU time, the same month names and day numbers on every page. The run for a
 * (font, features, text) triple never changes, and pdfkit only reads it (encode), so it is shared.
 */
function withGlyphRunCache(doc: PDFDocument): void {
  const font = (doc as unknown as { _font?: EmbeddedFont })._font;
  if (!font || typeof font.layoutRun !== "function" || cachedFonts.has(font)) return;
  cachedFonts.add(font);
  const layout = font.layout.bind(font);
  const runs = new WeakMap<object, Map<string, GlyphRun>>();
  font.layout = (text, features, onlyWidth) => {
    if (!features) return layout(text, features, onlyWidth);
    let byText = runs.get(features);
    if (!byText) runs.set(features, (byText = new Map()));
    let run = byText.get(text);
    if (run === undefined) {
      // One glyph per character needs no shaping engine for most text (simple-run.ts).
      run =
        (features === ONE_GLYPH_PER_CHARACTER ? simpleRun(font.font, font.scale, text) : undefined) ?? layout(text, features, onlyWidth);
      if (byText.size < MAX_CACHED_RUNS) byText.set(text, run);
    }
    return run;
  };
}

function painterFor(doc: PDFDocument): Painter {
  const p: Record<string, unknown> = {};
  const target = doc as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const name of PAINTER_METHODS) {
    p[name] = (...args: unknown[]) => {
      target[name]?.apply(doc, args);
      return p;
    };
  }
  p.font = (src: string | Font, family?: string) => {
    doc.font(src, family);
    withoutKerning(doc);
    withGlyphRunCache(doc);
    return p;
  };
  return p as unknown as Painter;
}

export type PdfWriter = {
  /** Paints `pages` as the next pages of the document; `onPainted` after each. */
  addPages(pages: PlannedPage[], onPainted: () => void): void;
  /** Finishes the document and returns its bytes. */
  end(): Promise<Uint8Array>;
};

function isImage(step: PlannedPage["steps"][number]): step is ImageStep {
  return typeof step !== "function";
}

export function createPdfWriter(size: { width: number; height: number }): PdfWriter {
  const doc = new PDFDocument({
    autoFirstPage: false,
    compress: true,
    info: { Producer: "inkset", Creator: "inkset", CreationDate: EPOCH, ModDate: EPOCH },
  });
  const parts: Buffer[] = [];
  doc.on("data", (b) => parts.push(b as Buffer));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on("end", () => resolve());
    doc.on("error", (err) => reject(err as Error));
  });
  // One XObject per loaded image, however many pages draw it.
  const images = new WeakMap<Uint8Array, PDFImage>();
  const imageOf = (data: Uint8Array) => {
    let img = images.get(data);
    if (!img) {
      img = doc.openImage(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
      images.set(data, img);
    }
    return img;
  };
  const painter = painterFor(doc);
  const shared = createSharedPaint(doc);

  return {
    addPages(pages, onPainted) {
      for (const page of pages) {
        doc.addPage({ size: [size.width, size.height], margin: 0 });
        // A fresh counting façade per page: a failed step's open save()s are closed within its page.
        const p = countingPainter(painter);
        const { steps } = page;
        let next = 0;
        for (let i = 0; i < steps.length; i++) {
          const run = page.shared[next];
          if (run?.from === i) {
            // A page-independent widget (plan.ts): its steps, or the form they made on an earlier page.
            shared.paint(run.key, () => {
              for (let j = run.from; j < run.to; j++) (steps[j] as (p: Painter) => void)(p);
            });
            i = run.to - 1;
            next++;
            continue;
          }
          const step = steps[i]!;
          if (!isImage(step)) {
            step(p);
            continue;
          }
          const c = step.clip;
          doc.save().rect(c.x, c.y, c.width, c.height).clip();
          if (step.opacity < 1) doc.fillOpacity(step.opacity);
          doc.image(imageOf(step.data), step.rect.x, step.rect.y, { width: step.rect.width, height: step.rect.height });
          doc.restore();
        }
        onPainted();
      }
    },
    async end() {
      doc.end();
      await ended;
      const buf = Buffer.concat(parts);
      return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
    },
  };
}
