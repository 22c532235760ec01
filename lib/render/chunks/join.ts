// Joins a document's chunks (draw-chunk.ts) into one PDF: the first chunk's document is the file, the
// other chunks' pages are copied onto its end in order. Each chunk is a pdfkit document of its own, so
// resources drawn in several chunks (a standard font, an opacity state, an image) are identical
// objects in each; they are written once, the first chunk's, by seeding the copier with the objects
// already in the file. A font embedded in several chunks has a subset per chunk (each chunk knows only
// its own glyphs); pdfkit derives a subset's tag from the font's name in its document, so later
// chunks' subsets get tags of their own (ISO 32000-1 §9.6.4: different subsets, different tags).
// Everything here depends only on the chunks' bytes, so the file is the same whichever thread drew each.
import { createHash } from "node:crypto";
import {
  ParseSpeeds,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFObjectCopier,
  PDFPage,
  PDFRawStream,
  PDFRef,
  type PDFContext,
} from "pdf-lib";

const RESOURCE_KINDS = ["Font", "ExtGState", "XObject", "Pattern", "Shading", "ColorSpace"].map((k) => PDFName.of(k));
// pdf-lib's default parse pauses on a timer every 100 objects (for browsers); a render process has
// nothing else to do, so those pauses were idle time in every large render.
const load = (pdf: Uint8Array) => PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });

/** A key for an object's content, references replaced by their targets' keys: equal keys, equal objects. */
function contentKeys(ctx: PDFContext) {
  const keys = new Map<PDFRef, string>();
  const keyOf = (ref: PDFRef): string => {
    let key = keys.get(ref);
    if (key !== undefined) return key;
    keys.set(ref, "cycle");
    const obj = ctx.lookup(ref);
    const hash = createHash("sha1");
    const walk = (o: unknown): void => {
      if (o instanceof PDFRef) hash.update(`<${keyOf(o)}>`);
      else if (o instanceof PDFDict) {
        hash.update("<<");
        for (const [k, v] of o.entries()) {
          hash.update(k.asString());
          walk(v);
        }
        hash.update(">>");
      } else if (o instanceof PDFArray) {
        hash.update("[");
        for (const v of o.asArray()) walk(v);
        hash.update("]");
      } else if (o instanceof PDFRawStream) {
        walk(o.dict);
        hash.update(o.contents);
      } else hash.update(String(o));
    };
    walk(obj);
    key = hash.digest("hex");
    keys.set(ref, key);
    return key;
  };
  return keyOf;
}

/** The resource objects (fonts, graphics states, images, forms…) the pages of `doc` use, and those their forms use. */
function resourceRefs(doc: PDFDocument): PDFRef[] {
  const refs = new Set<PDFRef>();
  const visit = (resources: PDFDict | undefined) => {
    for (const kind of RESOURCE_KINDS) {
      const dict = resources?.lookupMaybe(kind, PDFDict);
      for (const value of dict?.values() ?? []) {
        if (!(value instanceof PDFRef) || refs.has(value)) continue;
        refs.add(value);
        // A form XObject (lib/render/shared-paint.ts) has resources of its own: its subset fonts need tags too.
        const obj = doc.context.lookup(value);
        if (obj instanceof PDFRawStream) visit(obj.dict.lookupMaybe(PDFName.of("Resources"), PDFDict));
      }
    }
  };
  for (const page of doc.getPages()) visit(page.node.Resources());
  return [...refs];
}

const TAGGED = /^([A-Z]{6})\+(.*)$/;

/** A tag of six capitals for chunk `index`'s subset of `name`, unlike any other chunk's. */
function tagFor(index: number, name: string): string {
  const digest = createHash("sha256").update(`${index}/${name}`).digest();
  return Array.from(digest.subarray(0, 6), (b) => String.fromCharCode(65 + (b % 26))).join("");
}

/** Gives a copied subset font of chunk `index` a tag of its own (font, descendant, descriptor). */
function retag(ctx: PDFContext, ref: PDFRef, index: number): void {
  const rename = (dict: PDFDict | undefined, key: string) => {
    const name = dict?.get(PDFName.of(key));
    const m = name instanceof PDFName ? TAGGED.exec(name.decodeText()) : null;
    if (dict && m) dict.set(PDFName.of(key), PDFName.of(`${tagFor(index, m[2]!)}+${m[2]}`));
  };
  const font = ctx.lookup(ref);
  // Only fonts carry subset tags; images and forms are streams.
  if (!(font instanceof PDFDict) || font.get(PDFName.of("Type")) !== PDFName.of("Font")) return;
  const descendants = font?.lookupMaybe(PDFName.of("DescendantFonts"), PDFArray)?.asArray() ?? [];
  for (const d of [font, ...descendants.map((r) => ctx.lookupMaybe(r, PDFDict))]) {
    rename(d, "BaseFont");
    rename(d?.lookupMaybe(PDFName.of("FontDescriptor"), PDFDict), "FontName");
  }
}

export async function joinChunks(pdfs: readonly Uint8Array[]): Promise<PDFDocument> {
  const [first, ...rest] = pdfs;
  if (!first) throw new Error("a document has at least one chunk");
  const doc = await load(first);
  const shared = new Map<string, PDFRef>();
  const firstKey = contentKeys(doc.context);
  for (const ref of resourceRefs(doc)) if (!shared.has(firstKey(ref))) shared.set(firstKey(ref), ref);
  for (const [i, pdf] of rest.entries()) {
    const chunk = await load(pdf);
    const copier = PDFObjectCopier.for(chunk.context, doc.context);
    // Seeded: a resource already in the file is referenced, not copied again.
    const seen = (copier as unknown as { traversedObjects: Map<unknown, unknown> }).traversedObjects;
    const keyOf = contentKeys(chunk.context);
    const fresh: PDFRef[] = [];
    for (const ref of resourceRefs(chunk)) {
      const existing = shared.get(keyOf(ref));
      if (existing) seen.set(ref, existing);
      else fresh.push(ref);
    }
    for (const page of chunk.getPages()) {
      const node = copier.copy(page.node);
      doc.addPage(PDFPage.of(node, doc.context.register(node), doc));
    }
    for (const ref of fresh) {
      const copied = seen.get(ref);
      if (!(copied instanceof PDFRef)) continue;
      retag(doc.context, copied, i + 1);
      shared.set(keyOf(ref), copied);
    }
  }
  return doc;
}
