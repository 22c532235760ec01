// Reads what a produced PDF says about navigation, with pdfjs-dist (legacy build for Node): page count
// and sizes, link rectangles and targets, named destinations with their fit, and the outline tree.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFString } from "pdf-lib";

// pdfjs reads base-14 metrics from its own files when annotations mention those fonts.
const STANDARD_FONTS = join(dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json")), "standard_fonts") + "/";

export type Structure = {
  pages: { width: number; height: number }[];
  links: { page: number; rect: number[]; dest: string }[];
  dests: Record<string, { page: number; fit: string; args: (number | null)[] }>;
  outline: OutlineItem[];
};
export type OutlineItem = { title: string; dest: string; items: OutlineItem[] };

type RawOutline = { title: string; dest: unknown; items: RawOutline[] };

export async function readStructure(bytes: Uint8Array): Promise<Structure> {
  const doc = await getDocument({ data: bytes.slice(), disableFontFace: true, isEvalSupported: false, standardFontDataUrl: STANDARD_FONTS })
    .promise;
  const pages: Structure["pages"] = [];
  const links: Structure["links"] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
    pages.push({ width: round(x1 - x0), height: round(y1 - y0) });
    const annots = (await page.getAnnotations()) as { subtype: string; rect: number[]; dest: unknown }[];
    for (const a of annots) {
      if (a.subtype !== "Link") continue;
      links.push({ page: i, rect: a.rect.map(round), dest: typeof a.dest === "string" ? a.dest : JSON.stringify(a.dest) });
    }
  }
  const rawDests = (await doc.getDestinations()) as Record<string, unknown[]>;
  const dests: Structure["dests"] = {};
  for (const [name, arr] of Object.entries(rawDests)) {
    const [ref, fit, ...args] = arr;
    const pageIndex = await doc.getPageIndex(ref as { num: number; gen: number });
    dests[name] = {
      page: pageIndex + 1,
      fit: (fit as { name: string }).name,
      args: args.map((a) => (typeof a === "number" ? round(a) : null)),
    };
  }
  const convert = (items: RawOutline[] | null): OutlineItem[] =>
    (items ?? []).map((o) => ({
      title: o.title,
      dest: typeof o.dest === "string" ? o.dest : JSON.stringify(o.dest),
      items: convert(o.items),
    }));
  const outline = convert((await doc.getOutline()) as RawOutline[] | null);
  await doc.destroy();
  return { pages, links, dests, outline };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** The outline's open state as written: each item's title and `/Count` (negative = collapsed), nested. */
export type OutlineState = { count: number | null; items: { title: string; count: number | null; items: OutlineState["items"] }[] };

export async function readOutlineState(bytes: Uint8Array): Promise<OutlineState> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const count = (d: PDFDict) => {
    const c = d.lookup(PDFName.of("Count"));
    return c instanceof PDFNumber ? c.asNumber() : null;
  };
  const children = (parent: PDFDict): OutlineState["items"] => {
    const out: OutlineState["items"] = [];
    let item = parent.lookupMaybe(PDFName.of("First"), PDFDict);
    while (item) {
      const t = item.lookup(PDFName.of("Title"));
      const title = t instanceof PDFString || t instanceof PDFHexString ? t.decodeText() : "";
      out.push({ title, count: count(item), items: children(item) });
      item = item.lookupMaybe(PDFName.of("Next"), PDFDict);
    }
    return out;
  };
  const root = doc.catalog.lookupMaybe(PDFName.of("Outlines"), PDFDict);
  return root ? { count: count(root), items: children(root) } : { count: null, items: [] };
}
