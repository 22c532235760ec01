// Post-layout PDF work with pdf-lib (§4.7, §7.7): write link annotations,
// named destinations with the spec's fit, the outline tree, the Info dictionary and the trailer /ID.
// pdfkit's destinations are /XYZ and its outline has no named targets, so these are written here.
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString } from "pdf-lib";
import type { Destination } from "../navigation/destinations";
import type { ResolvedLink } from "../navigation/links";
import type { LinkTargets } from "@/lib/render-contract/types";
import type { OutlineNode } from "../navigation/outline";

const INFO_KEYS = new Set(["/Title", "/Subject", "/Author", "/Creator", "/Producer", "/CreationDate", "/ModDate"]);

export type DocInfo = { title: string; subject: string; author: string; creator: string; date: Date; id: Uint8Array };

function text(value: string): PDFString | PDFHexString {
  // PDFDocEncoding covers printable ASCII safely; anything else is written as UTF-16BE with a BOM.
  // PDFString.of writes its argument verbatim between parentheses, so `\`, `(` and `)` are escaped here.
  return /^[\x20-\x7e]*$/.test(value) ? PDFString.of(value.replace(/[\\()]/g, "\\$&")) : PDFHexString.fromText(value);
}

function destArray(doc: PDFDocument, d: Destination, pageRefs: PDFRef[]): PDFArray {
  const ref = pageRefs[d.page - 1];
  if (!ref) throw new Error(`destination page ${d.page} missing`);
  const arr = doc.context.obj([ref, PDFName.of(d.fit)]);
  if (d.fit === "FitH") arr.push(PDFNumber.of(d.top));
  else if (d.fit === "FitV") arr.push(PDFNumber.of(d.left));
  else if (d.fit === "XYZ") {
    arr.push(PDFNumber.of(d.left));
    arr.push(PDFNumber.of(d.top));
    arr.push(doc.context.obj(null));
  }
  return arr;
}

/**
 * How a link or outline item names its target: by name (default), or under `link_targets: explicit`
 * (§4.3) as an explicit array, for readers that cannot resolve names. The explicit array is the named
 * destination's own (`/FitH top` for anchors, `/Fit` for whole pages), so both modes land the reader on
 * the same view.
 */
function targetOf(doc: PDFDocument, name: string, byName: Map<string, Destination>, pageRefs: PDFRef[], explicit: boolean) {
  if (!explicit) return text(name);
  const d = byName.get(name);
  if (!d) throw new Error(`link target ${name} has no destination`);
  return destArray(doc, d, pageRefs);
}

export function writeNavigation(
  doc: PDFDocument,
  dests: Destination[],
  links: ResolvedLink[],
  outline: OutlineNode[],
  pageHeight: number,
  linkTargets: LinkTargets = "named",
): void {
  const ctx = doc.context;
  const pages = doc.getPages();
  const pageRefs = pages.map((p) => p.ref);
  const explicit = linkTargets === "explicit";
  const byName = new Map(dests.map((d) => [d.name, d]));
  const target = (name: string) => targetOf(doc, name, byName, pageRefs, explicit);
  // Name tree leaves must be sorted by name; one leaf holds them all.
  const sorted = [...dests].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const names = ctx.obj([]);
  for (const d of sorted) {
    names.push(text(d.name));
    names.push(ctx.register(destArray(doc, d, pageRefs)));
  }
  const destTree = ctx.obj({});
  destTree.set(PDFName.of("Names"), names);
  const namesDict = ctx.obj({});
  namesDict.set(PDFName.of("Dests"), ctx.register(destTree));
  doc.catalog.set(PDFName.of("Names"), ctx.register(namesDict));

  const perPage = new Map<number, PDFRef[]>();
  for (const l of links) {
    const r = l.rect;
    const annot = ctx.obj({
      Type: "Annot",
      Subtype: "Link",
      Rect: [r.x, pageHeight - r.y - r.height, r.x + r.width, pageHeight - r.y],
      Border: [0, 0, 0],
    });
    const action = ctx.obj({ S: "GoTo" });
    action.set(PDFName.of("D"), target(l.dest));
    annot.set(PDFName.of("A"), action);
    const list = perPage.get(l.page) ?? [];
    list.push(ctx.register(annot));
    perPage.set(l.page, list);
  }
  for (const [page, refs] of perPage) {
    const node = pages[page - 1]?.node;
    if (!node) continue;
    node.set(PDFName.of("Annots"), ctx.obj(refs));
  }
  if (outline.length > 0) writeOutline(doc, outline, target);
}

function writeOutline(doc: PDFDocument, roots: OutlineNode[], target: (name: string) => PDFArray | PDFString | PDFHexString): void {
  const ctx = doc.context;
  const rootRef = ctx.nextRef();
  const root = ctx.obj({ Type: "Outlines" });
  const build = (nodes: OutlineNode[], parentRef: PDFRef, parent: PDFDict): void => {
    const refs = nodes.map(() => ctx.nextRef());
    nodes.forEach((n, i) => {
      const ref = refs[i] as PDFRef;
      const item = ctx.obj({});
      item.set(PDFName.of("Title"), text(n.title));
      item.set(PDFName.of("Parent"), parentRef);
      item.set(PDFName.of("Dest"), target(n.dest));
      const prev = refs[i - 1];
      const next = refs[i + 1];
      if (prev) item.set(PDFName.of("Prev"), prev);
      if (next) item.set(PDFName.of("Next"), next);
      if (n.children.length > 0) {
        build(n.children, ref, item);
        // Deeper levels start collapsed: a negative count (§4.5 assumption).
        item.set(PDFName.of("Count"), PDFNumber.of(-n.children.length));
      }
      ctx.assign(ref, item);
    });
    const first = refs[0];
    const last = refs[refs.length - 1];
    if (first && last) {
      parent.set(PDFName.of("First"), first);
      parent.set(PDFName.of("Last"), last);
    }
  };
  build(roots, rootRef, root);
  root.set(PDFName.of("Count"), PDFNumber.of(roots.length));
  ctx.assign(rootRef, root);
  doc.catalog.set(PDFName.of("Outlines"), rootRef);
}

export function writeInfo(doc: PDFDocument, info: DocInfo): void {
  // The first chunk's Info is react-pdf's, with a non-standard /ModificationDate that would
  // contradict /ModDate; §7.7 lists the Info keys, and only those are kept.
  const infoRef = doc.context.trailerInfo.Info;
  const existing = infoRef instanceof PDFRef || infoRef instanceof PDFDict ? doc.context.lookup(infoRef) : undefined;
  if (existing instanceof PDFDict) {
    for (const key of existing.keys()) {
      if (!INFO_KEYS.has(key.asString())) existing.delete(key);
    }
  }
  doc.setTitle(info.title);
  doc.setSubject(info.subject);
  doc.setAuthor(info.author);
  doc.setCreator(info.creator);
  doc.setProducer(info.creator);
  doc.setCreationDate(info.date);
  doc.setModificationDate(info.date);
  const hex = Buffer.from(info.id).toString("hex");
  doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of(hex), PDFHexString.of(hex)]);
}
