// The last phase of a render (§7.7, §7.9): join the drawn chunks, write navigation (destinations,
// links, outline) and the Info dictionary with pdf-lib, and save the file.
import { createHash } from "node:crypto";
import { writeFile } from "node:fs/promises";
import type { RenderOptions, RenderRequest } from "@/lib/render-contract/types";
import type { TemplateInput } from "./model";
import type { Destination } from "./navigation/destinations";
import type { ResolvedLink } from "./navigation/links";
import type { OutlineNode } from "./navigation/outline";
import { joinChunks, writeInfo, writeNavigation } from "./pdf/finalise";
import { restoreSymbolEncodings } from "./pdf/symbolic-encoding";

// Kept in step with package.json; the Info dictionary's Creator/Producer (§7.7).
const PRODUCT = "Inkset v0.1.0";
const EPOCH = new Date(Date.UTC(1970, 0, 1));

export type Navigation = { dests: Destination[]; links: ResolvedLink[]; outline: OutlineNode[]; pageHeight: number };

/** `chunks` is emptied once joined, so its bytes can be collected before the save. */
export async function writePdf(req: RenderRequest, kind: "template" | "project", template: TemplateInput, chunks: Uint8Array[], nav: Navigation): Promise<void> {
  const doc = await joinChunks(chunks);
  chunks.length = 0;
  restoreSymbolEncodings(doc);
  writeNavigation(doc, nav.dests, nav.links, nav.outline, nav.pageHeight, req.linkTargets ?? "named");
  const date = req.deterministic ? (kind === "project" ? createdAt(template.metadata.created) : EPOCH) : new Date();
  const id = createHash("sha256")
    .update(req.yaml)
    .update(JSON.stringify({ p: req.profile, s: req.strict, t: req.today, d: req.deterministic ? "" : date.toISOString(), ...nonDefaultOptions(req) }))
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
  // No object streams: pdf-lib would compress them with its pure-JS deflate, the slowest step of a
  // full-year render, for a few percent of file size.
  const bytes = await doc.save({ objectsPerTick: Infinity, useObjectStreams: false });
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

