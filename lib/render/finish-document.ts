// The last phase of a render (§7.7, §7.9): the painted pages into pdf-lib, navigation (destinations,
// links, outline) and the Info dictionary with its deterministic dates and /ID, then the file.
import { createHash } from "node:crypto";
import { writeFile } from "node:fs/promises";
import { deflateSync } from "node:zlib";
import type { PDFDocument } from "pdf-lib";
import { isPlannerYaml, PLANNER_ATTACHMENT } from "@/lib/planner/embed";
import type { RenderOptions, RenderRequest } from "@/lib/render-contract/types";
import type { Template } from "@/lib/templates/types";
import type { Destination } from "./navigation/destinations";
import type { ResolvedLink } from "./navigation/links";
import type { OutlineNode } from "./navigation/outline";
import { writeInfo, writeNavigation } from "./pdf/finalise";
import { restoreSymbolEncodings } from "./pdf/symbolic-encoding";
import { writePdf } from "./pdf/write";

// Kept in step with package.json; the Info dictionary's Creator/Producer (§7.7).
const PRODUCT = "Inkset v0.1.0";
const EPOCH = new Date(Date.UTC(1970, 0, 1));

export type Navigation = { dests: Destination[]; links: ResolvedLink[]; outline: OutlineNode[]; pageHeight: number };

/** `doc`: the painted pages (chunks/join.ts). Writes req.outputPath. */
export async function finishDocument(
  req: RenderRequest,
  kind: "template" | "project",
  template: Template,
  doc: PDFDocument,
  nav: Navigation,
): Promise<void> {
  restoreSymbolEncodings(doc);
  writeNavigation(doc, nav.dests, nav.links, nav.outline, nav.pageHeight, req.linkTargets ?? "named");
  const date = req.deterministic ? (kind === "project" ? createdAt(template.metadata.created) : EPOCH) : new Date();
  const id = createHash("sha256")
    .update(req.yaml)
    .update(
      JSON.stringify({
        p: req.profile,
        s: req.strict,
        t: req.today,
        v: req.variables,
        d: req.deterministic ? "" : date.toISOString(),
        ...nonDefaultOptions(req),
      }),
    )
    .digest()
    .subarray(0, 16);
  writeInfo(doc, {
    title: template.metadata.name,
    subject: template.metadata.description ?? "",
    author: template.metadata.author || "Inkset",
    creator: PRODUCT,
    date,
    id,
  });
  // A planner-builder project carries its YAML (with its options) so last year's PDF gives them back.
  if (isPlannerYaml(req.yaml)) {
    withNativeDeflate(doc);
    await doc.attach(new TextEncoder().encode(req.yaml), PLANNER_ATTACHMENT, {
      mimeType: "application/yaml",
      description: "Inkset planner options and project YAML",
      creationDate: date,
      modificationDate: date,
    });
  }
  const bytes = await writePdf(doc);
  await writeFile(req.outputPath, bytes);
}

/**
 * pdf-lib deflates an embedded file with pako, a pure-JS port of zlib: a tenth of a second of a themed
 * year's render for its 250 KB of YAML, against 3 ms in Node's zlib. Same format (the bytes differ:
 * zlib matches strings a little differently), same file after inflating.
 */
function withNativeDeflate(doc: PDFDocument): void {
  const ctx = doc.context;
  const pdfLibDeflate = ctx.flateStream.bind(ctx);
  ctx.flateStream = (contents, dict = {}) =>
    typeof contents === "string" ? pdfLibDeflate(contents, dict) : ctx.stream(deflateSync(contents), { ...dict, Filter: "FlateDecode" });
}

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * §7.7: a project's Info dates are its `created_at` (carried into the compiled `metadata.created`).
 * A date-time without an offset is read as UTC, never in the server's TZ; anything unparseable, or
 * outside the years PDF dates can hold, falls back to the fixed epoch.
 */
function createdAt(created: string | undefined): Date {
  const m = ISO_DATE_TIME.exec(created?.trim() ?? "");
  if (!m) return EPOCH;
  const [, y, mo, d, h = "00", mi = "00", s = "00", zone] = m;
  const offset = !zone || zone.toUpperCase() === "Z" ? "Z" : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
  const ms = Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s}${offset}`);
  if (Number.isNaN(ms)) return EPOCH;
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  return year >= 1 && year <= 9999 ? date : EPOCH;
}

/** Options that change the output, only when not at their default, so default renders keep their /ID. */
function nonDefaultOptions(req: RenderOptions): Record<string, string> {
  const out: Record<string, string> = {};
  if (req.touchTargets === "report") out.tt = req.touchTargets;
  if (req.linkTargets === "explicit") out.lt = req.linkTargets;
  if (req.constraintScope === "einkpdf") out.cs = req.constraintScope;
  return out;
}
