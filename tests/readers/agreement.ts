// Reader agreement: what MuPDF (mutool, the engine of KOReader and several tablets), pdf.js and Poppler
// each make of one PDF — page count and sizes, every link's target page, every outline entry's page and
// each page's text — must be the same; `qpdf --check` must be clean; and no two different font subsets
// may share a name (ISO 32000-1 §9.6.4). Used by scripts/reader-agreement.ts and its vitest test.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { PDFDict, PDFDocument, PDFName, PDFRef, PDFStream } from "pdf-lib";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** What one reader sees. Links per page are sorted target pages; text is per page, whitespace removed, characters sorted. */
export type ReaderView = {
  pages: { width: number; height: number }[];
  links: number[][];
  outline: { title: string; page: number; depth: number }[];
  text: string[];
};

const STANDARD_FONTS = join(dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json")), "standard_fonts") + "/";
const round = (n: number) => Math.round(n * 10) / 10;
// Reading order and spacing differ between engines; the characters on a page must not.
const chars = (s: string) => [...s.replace(/\s+/g, "")].sort().join("");
const BIG = { encoding: "utf8" as const, maxBuffer: 1 << 30 };

// MuPDF's scripting: page boxes, links (resolved to "#page=N…") and the outline tree (mutool 1.21 API).
const MUPDF_SCRIPT = `
var doc = new Document(scriptArgs[0]);
var pageOf = function (uri) { var m = /^#page=(\\d+)/.exec(uri || ""); return m ? Number(m[1]) : -1; };
var out = { pages: [], links: [], outline: [] };
for (var i = 0; i < doc.countPages(); i++) {
  var page = doc.loadPage(i);
  var b = page.bound();
  out.pages.push([b[2] - b[0], b[3] - b[1]]);
  out.links.push(page.getLinks().map(function (l) { return pageOf(l.uri); }));
}
var walk = function (items, depth) {
  (items || []).forEach(function (o) { out.outline.push([o.title, pageOf(o.uri), depth]); walk(o.down, depth + 1); });
};
walk(doc.loadOutline(), 0);
print(JSON.stringify(out));
`;

export function mupdfView(file: string): ReaderView {
  const dir = mkdtempSync(join(tmpdir(), "inkset-mupdf-"));
  try {
    writeFileSync(join(dir, "view.js"), MUPDF_SCRIPT);
    const raw = JSON.parse(execFileSync("mutool", ["run", join(dir, "view.js"), file], BIG)) as {
      pages: [number, number][];
      links: number[][];
      outline: [string, number, number][];
    };
    const text = execFileSync("mutool", ["draw", "-q", "-F", "txt", "-o", "-", file], {
      ...BIG,
      stdio: ["ignore", "pipe", "ignore"],
    }).split("\f");
    return {
      pages: raw.pages.map(([w, h]) => ({ width: round(w), height: round(h) })),
      links: raw.links.map((l) => [...l].sort((a, b) => a - b)),
      outline: raw.outline.map(([title, page, depth]) => ({ title, page, depth })),
      text: raw.pages.map((_, i) => chars(text[i] ?? "")),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function popplerView(file: string): ReaderView {
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", "100000", file], BIG);
  const pages = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({
    width: round(Number(m[1])),
    height: round(Number(m[2])),
  }));
  // pdftohtml names each page's link targets ("link to page N", printed before the page unless -q) and writes the outline with pages.
  const xml = execFileSync("pdftohtml", ["-xml", "-i", "-stdout", file], { ...BIG, stdio: ["ignore", "pipe", "ignore"] });
  const links = pages.map(() => [] as number[]);
  const chunks = xml.split(/<page number="/);
  chunks.slice(1).forEach((chunk, i) => {
    // The link list of page i + 1 is printed just before its <page> element, i.e. at the end of the previous chunk.
    const before = chunks[i] ?? "";
    const list = before.slice(before.lastIndexOf(">") + 1);
    links[i] = [...list.matchAll(/link to page (\d+)/g)].map((m) => Number(m[1])).sort((a, b) => a - b);
  });
  const outline: ReaderView["outline"] = [];
  const tail = xml.slice(xml.indexOf("<outline>"));
  let depth = -1;
  for (const m of xml.includes("<outline>") ? tail.matchAll(/<outline>|<\/outline>|<item page="(\d+)">([^<]*)<\/item>/g) : []) {
    if (m[0] === "<outline>") depth++;
    else if (m[0] === "</outline>") depth--;
    else outline.push({ title: decodeXml(m[2] ?? ""), page: Number(m[1]), depth });
  }
  const text = execFileSync("pdftotext", ["-q", "-enc", "UTF-8", file, "-"], BIG).split("\f");
  return { pages, links, outline, text: pages.map((_, i) => chars(text[i] ?? "")) };
}

function decodeXml(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

type RawOutline = { title: string; dest: string | unknown[] | null; items: RawOutline[] };

export async function pdfjsView(bytes: Uint8Array): Promise<ReaderView> {
  const doc = await getDocument({ data: bytes.slice(), disableFontFace: true, isEvalSupported: false, standardFontDataUrl: STANDARD_FONTS })
    .promise;
  const pageOfDest = async (dest: string | unknown[] | null): Promise<number> => {
    const arr = typeof dest === "string" ? await doc.getDestination(dest) : dest;
    const ref = arr?.[0];
    if (ref === undefined || ref === null) return -1;
    return (typeof ref === "number" ? ref : await doc.getPageIndex(ref as { num: number; gen: number })) + 1;
  };
  const view: ReaderView = { pages: [], links: [], outline: [], text: [] };
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
    view.pages.push({ width: round(x1 - x0), height: round(y1 - y0) });
    const annots = (await page.getAnnotations()) as { subtype: string; dest?: string | unknown[] | null }[];
    const targets: number[] = [];
    for (const a of annots) if (a.subtype === "Link") targets.push(await pageOfDest(a.dest ?? null));
    view.links.push(targets.sort((a, b) => a - b));
    const content = await page.getTextContent();
    view.text.push(chars(content.items.map((item) => ("str" in item ? item.str : "")).join("")));
    page.cleanup();
  }
  const walk = async (items: RawOutline[] | null, depth: number) => {
    for (const o of items ?? []) {
      view.outline.push({ title: o.title, page: await pageOfDest(o.dest), depth });
      await walk(o.items, depth + 1);
    }
  };
  await walk((await doc.getOutline()) as RawOutline[] | null, 0);
  await doc.destroy();
  return view;
}

/** `qpdf --check`'s complaints; empty when clean. */
export function qpdfProblems(file: string): string[] {
  try {
    const out = execFileSync("qpdf", ["--check", file], { ...BIG, stdio: ["ignore", "pipe", "pipe"] });
    return /No syntax or stream encoding errors found/.test(out) ? [] : [out.trim()];
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; message: string };
    return [`${e.stdout ?? ""}${e.stderr ?? ""}`.trim() || e.message];
  }
}

/**
 * Embedded font subsets that share a tagged name but differ (§9.6.4: a tag names one subset). Two
 * dictionaries count as the same subset when they point at the same font program.
 */
export async function sharedSubsetNames(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const programs = new Map<string, Set<string>>();
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict) || obj instanceof PDFStream || obj.get(PDFName.of("Type"))?.toString() !== "/FontDescriptor") continue;
    const name = obj.get(PDFName.of("FontName"))?.toString() ?? "";
    if (!/^\/[A-Z]{6}\+/.test(name)) continue;
    const file = ["FontFile", "FontFile2", "FontFile3"].map((k) => obj.get(PDFName.of(k))).find((v) => v instanceof PDFRef);
    const set = programs.get(name) ?? new Set<string>();
    set.add(file?.toString() ?? "none");
    programs.set(name, set);
  }
  return [...programs].filter(([, files]) => files.size > 1).map(([name]) => name.slice(1));
}

/** Every disagreement between the readers, the qpdf check and the subset names; empty when all agree. */
export async function readerDisagreements(file: string, bytes: Uint8Array): Promise<string[]> {
  const views = { mupdf: mupdfView(file), pdfjs: await pdfjsView(bytes), poppler: popplerView(file) };
  const problems: string[] = [];
  const [base, ...others] = Object.entries(views) as [string, ReaderView][];
  if (!base) return problems;
  const [baseName, baseView] = base;
  for (const [name, view] of others) {
    const differ = (what: string, a: unknown, b: unknown) => {
      if (JSON.stringify(a) !== JSON.stringify(b))
        problems.push(`${what}: ${baseName} ${JSON.stringify(a).slice(0, 200)} vs ${name} ${JSON.stringify(b).slice(0, 200)}`);
    };
    differ("page count", baseView.pages.length, view.pages.length);
    baseView.pages.forEach((p, i) => differ(`page ${i + 1} size`, p, view.pages[i]));
    baseView.links.forEach((l, i) => differ(`page ${i + 1} link targets`, l, view.links[i]));
    differ("outline", baseView.outline, view.outline);
    baseView.text.forEach((t, i) => differ(`page ${i + 1} text`, t, view.text[i]));
  }
  for (const [name, view] of Object.entries(views)) {
    view.links.forEach((l, i) => {
      if (l.some((p) => p < 1 || p > view.pages.length)) problems.push(`${name}: page ${i + 1} has a link to no page`);
    });
  }
  problems.push(...qpdfProblems(file).map((p) => `qpdf --check: ${p}`));
  problems.push(...(await sharedSubsetNames(bytes)).map((n) => `font subsets that differ share the name ${n}`));
  return problems;
}
