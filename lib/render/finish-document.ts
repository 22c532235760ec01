// The last phase of a render (§7.7, §7.9): the painted pages into pdf-lib, navigation (destinations,
// links, outline) and the Info dictionary with its deterministic dates and /ID, then the file.
import { createHash } from "node:crypto";
import { writeFile } from "node:fs/promises";
import { ParseSpeeds, PDFDocument } from "pdf-lib";
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

/** `painted`: the pdfkit document's bytes. Writes req.outputPath. */
export async function finishDocument(
  req: RenderRequest,
  kind: "template" | "project",
  template: Template,
  painted: Uint8Array,
  nav: Navigation,
): Promise<void> {
  // pdf-lib's default parse pauses on a timer every 100 objects (for browsers); a render process has
  // nothing else to do, so those pauses were idle time in every large render.
  const doc = await PDFDocument.load(painted, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
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
