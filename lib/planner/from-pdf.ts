// "Upload last year's PDF": reads the planner attachment a builder PDF carries (embed.ts) and gives
// back its options, validated like any other input.
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFString } from "pdf-lib";
import { AppError } from "@/lib/errors";
import { optionsFromYaml, PLANNER_ATTACHMENT } from "./embed";
import { plannerOptionsSchema, type PlannerOptions } from "./schema";

function attachment(doc: PDFDocument, name: string): Uint8Array | undefined {
  const names = doc.catalog.lookupMaybe(PDFName.of("Names"), PDFDict)?.lookupMaybe(PDFName.of("EmbeddedFiles"), PDFDict);
  const list = names?.lookupMaybe(PDFName.of("Names"), PDFArray);
  if (!list) return undefined;
  for (let i = 0; i + 1 < list.size(); i += 2) {
    const key = list.lookup(i);
    const text = key instanceof PDFString || key instanceof PDFHexString ? key.decodeText() : "";
    if (text !== name) continue;
    const file = list
      .lookup(i + 1, PDFDict)
      .lookupMaybe(PDFName.of("EF"), PDFDict)
      ?.lookup(PDFName.of("F"));
    if (file instanceof PDFRawStream) return decodePDFRawStream(file).decode();
  }
  return undefined;
}

export async function plannerOptionsFromPdf(bytes: Uint8Array): Promise<PlannerOptions> {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: false });
  } catch {
    throw new AppError("BAD_INPUT", "This file is not a PDF that can be read.");
  }
  const data = attachment(doc, PLANNER_ATTACHMENT);
  const options = data ? optionsFromYaml(new TextDecoder().decode(data)) : undefined;
  if (options === undefined)
    throw new AppError("BAD_INPUT", "This PDF was not made with the Inkset planner builder (it carries no planner settings).");
  const parsed = plannerOptionsSchema.safeParse(options);
  if (!parsed.success) throw new AppError("BAD_INPUT", "The planner settings in this PDF are from an incompatible version.");
  return parsed.data;
}
