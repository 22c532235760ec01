// Drawing that repeats from page to page — a planner's side tabs, a master's labels, rules and boxes —
// is written once as a form XObject (ISO 32000-1 §8.10.1) and placed with one `Do` on every later page:
// pdfkit formats, and zlib compresses, each such widget once per document instead of once per page,
// and the file carries it once. Links and anchors stay per page (they are annotations, not drawing).
//
// A widget's first drawing goes on its page as before; its second makes the form, so a drawing that
// never repeats costs nothing extra. Every shareable widget is drawn inside q…Q, inline as well as in a
// form (which restores the graphics state after `Do` by definition), so a page looks the same whichever
// way a widget reached it. Very small drawings (a rule) stay inline: a form would not save anything.
import type PDFDocument from "pdfkit";
import { paintFailureCount } from "./paint-guard";

/** Uncompressed content bytes below which a drawing stays inline (a `Do` and its form cost ~100). */
const MIN_FORM_BYTES = 120;

type Entry = { seen: number; form?: { name: string; ref: PdfRef }; inline?: boolean };
type PdfRef = { write(chunk: string): void; end(): void; data: Record<string, unknown> };
type PdfPage = {
  width: number;
  height: number;
  content: { uncompressedLength: number };
  resources: { data: Record<string, unknown> };
  xobjects: Record<string, unknown>;
};
type Doc = { page: PdfPage; ref(data: object): PdfRef; addContent(data: string): unknown; save(): unknown; restore(): unknown };

export type SharedPaint = {
  /** Draws the widget `key` names: `draw` runs its paint steps, unless a form of them is placed instead. */
  paint(key: string, draw: () => void): void;
};

export function createSharedPaint(pdf: PDFDocument): SharedPaint {
  const doc = pdf as unknown as Doc;
  const entries = new Map<string, Entry>();
  let forms = 0;

  const place = (form: { name: string; ref: PdfRef }) => {
    doc.page.xobjects[form.name] = form.ref;
    doc.addContent(`/${form.name} Do`);
  };

  /** Runs `draw` with pdfkit writing into a new form; its resources (fonts, opacity states) go with it. */
  const makeForm = (draw: () => void) => {
    const page = doc.page;
    const pad = Math.max(page.width, page.height);
    // The form is placed where the widget would have been drawn, in the page's (top-left) space, so its
    // box is the page with room around it: the page's own edges still clip as before.
    const ref = doc.ref({ Type: "XObject", Subtype: "Form", BBox: [-pad, -pad, page.width + pad, page.height + pad] });
    const resources: Record<string, unknown> = {};
    const formPage = Object.create(page as object, {
      resources: { value: { data: resources } },
      write: { value: (chunk: string) => ref.write(chunk) },
    }) as PdfPage;
    doc.page = formPage;
    try {
      draw();
    } finally {
      doc.page = page;
    }
    ref.data.Resources = resources;
    ref.end();
    return { name: `Fm${++forms}`, ref };
  };

  const inline = (entry: Entry, draw: () => void) => {
    const before = doc.page.content.uncompressedLength;
    const failures = paintFailureCount();
    doc.save();
    draw();
    doc.restore();
    // A drawing that failed is drawn (and reported) again on every page, as without sharing.
    if (paintFailureCount() !== failures || doc.page.content.uncompressedLength - before < MIN_FORM_BYTES) entry.inline = true;
  };

  return {
    paint(key, draw) {
      let entry = entries.get(key);
      if (!entry) entries.set(key, (entry = { seen: 0 }));
      entry.seen++;
      if (entry.form) return place(entry.form);
      if (entry.seen === 1 || entry.inline) return inline(entry, draw);
      const failures = paintFailureCount();
      const form = makeForm(draw);
      // Drawn and reported on this page like an inline failure; later pages draw it inline again.
      if (paintFailureCount() !== failures) entry.inline = true;
      else entry.form = form;
      place(form);
    },
  };
}
