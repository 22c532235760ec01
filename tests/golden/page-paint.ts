// What a produced page paints, read back from the PDF: each fill/stroke operation of the first page's
// content stream with its path rectangles, line width and colours (pdf-lib), and each text item with its
// drawn size (pdfjs). Enough to check the §7.5 constraints on what users see.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { PDFArray, PDFDocument, PDFRawStream, decodePDFRawStream, type PDFRef } from "pdf-lib";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

const STANDARD_FONTS = join(dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json")), "standard_fonts") + "/";

/**
 * One painting operator; `rects` are the path's `re` operands (local coordinates, as written). Text
 * shows (`Tj`, `TJ`) carry their hex-encoded string decoded as Latin-1 and the fill colour in force.
 */
export type PaintOp = { op: string; rects: number[][]; lineWidth: number; fill?: string; stroke?: string; text?: string };

const FILLS = new Set(["f", "F", "f*", "B", "B*", "b", "b*"]);
const STROKES = new Set(["S", "s", "B", "B*", "b", "b*"]);
const TOKEN = /\[[^\]]*\]|<[^>]*>|\([^)]*\)|\/[^\s/[\]<>()]+|[^\s/[\]<>()]+/g;

function hex(components: number[]): string {
  const [r = 0, g = r, b = r] = components.map((v) => Math.round(v * 255));
  return "#" + [r, g, b].map((v) => v.toString(16).padStart(2, "0").toUpperCase()).join("");
}

function showText(operands: string[]): string {
  const hexes = operands.join(" ").match(/<[0-9a-fA-F]*>/g) ?? [];
  return hexes.map((h) => Buffer.from(h.slice(1, -1), "hex").toString("latin1")).join("");
}

async function contentOf(bytes: Uint8Array, page: number): Promise<string> {
  const doc = await PDFDocument.load(bytes);
  const contents = doc.getPage(page - 1).node.Contents();
  const refs = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
  return refs
    .map((ref) => {
      const stream = doc.context.lookup(ref as PDFRef);
      return stream instanceof PDFRawStream ? Buffer.from(decodePDFRawStream(stream).decode()).toString("latin1") : "";
    })
    .join("\n");
}

export async function readPaintOps(bytes: Uint8Array, page = 1): Promise<PaintOp[]> {
  type State = { lineWidth: number; fill: string; stroke: string };
  let state: State = { lineWidth: 1, fill: "#000000", stroke: "#000000" };
  const saved: State[] = [];
  let operands: string[] = [];
  let rects: number[][] = [];
  const ops: PaintOp[] = [];
  const numbers = () => operands.map(Number).filter((n) => !Number.isNaN(n));
  for (const token of (await contentOf(bytes, page)).match(TOKEN) ?? []) {
    if (!/^[A-Za-z'"*]+$/.test(token) || /^(true|false|null)$/.test(token)) {
      operands.push(token);
      continue;
    }
    if (token === "q") saved.push({ ...state });
    else if (token === "Q") state = saved.pop() ?? state;
    else if (token === "w") state.lineWidth = numbers()[0] ?? state.lineWidth;
    else if (["scn", "sc", "rg", "g"].includes(token)) state.fill = hex(numbers());
    else if (["SCN", "SC", "RG", "G"].includes(token)) state.stroke = hex(numbers());
    else if (token === "re") rects.push(numbers());
    else if (token === "Tj" || token === "TJ")
      ops.push({ op: token, rects: [], lineWidth: state.lineWidth, fill: state.fill, text: showText(operands) });
    else if (FILLS.has(token) || STROKES.has(token)) {
      ops.push({
        op: token,
        rects,
        lineWidth: state.lineWidth,
        ...(FILLS.has(token) ? { fill: state.fill } : {}),
        ...(STROKES.has(token) ? { stroke: state.stroke } : {}),
      });
      rects = [];
    } else if (token === "n") rects = [];
    operands = [];
  }
  return ops;
}

/** Text items of a page with their drawn size in points (the text matrix's vertical scale). */
export async function readTextSizes(bytes: Uint8Array, page = 1): Promise<{ text: string; size: number }[]> {
  const doc = await getDocument({ data: bytes.slice(), disableFontFace: true, isEvalSupported: false, standardFontDataUrl: STANDARD_FONTS })
    .promise;
  const content = await (await doc.getPage(page)).getTextContent();
  await doc.destroy();
  return content.items.flatMap((item) =>
    "str" in item && item.str.trim()
      ? [{ text: item.str, size: Math.round(Math.hypot(item.transform[2] ?? 0, item.transform[3] ?? 0) * 100) / 100 }]
      : [],
  );
}

/** Text items of a page with their start x in points (the text matrix's translation). */
export async function readTextItems(bytes: Uint8Array, page = 1): Promise<{ text: string; x: number }[]> {
  const doc = await getDocument({ data: bytes.slice(), disableFontFace: true, isEvalSupported: false, standardFontDataUrl: STANDARD_FONTS })
    .promise;
  const content = await (await doc.getPage(page)).getTextContent();
  await doc.destroy();
  return content.items.flatMap((item) => ("str" in item && item.str.trim() ? [{ text: item.str, x: item.transform[4] ?? 0 }] : []));
}
