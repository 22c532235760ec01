// One page of the editor's document as a picture, for the page view and the canvas: the page drawn
// alone by the isolated render child (renderPreview with `page`), then rasterised by MuPDF.
import { randomUUID } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { env } from "@/lib/env";
import { rasterisePage } from "@/lib/pages/mutool";
import { outlineItemSchema, pageRect } from "@/lib/pages/schema";
import type { PagePreview } from "@/lib/render-contract/types";
import type { Diagnostic } from "@/lib/templates/diagnostics";
import { previewSchema, renderPreview } from "./render-preview";

export const pagePreviewSchema = previewSchema.omit({ pages: true }).extend({
  page: z.number().int().min(1).max(100_000).default(1),
  /** Pixels; the picture is drawn at this width (the canvas asks for its own width times the pixel ratio). */
  width: z.number().int().min(100).max(2000).default(960),
  /** The outline is the same for every page and large for a planner: only the page view asks for it. */
  outline: z.boolean().default(false),
});
export type PagePreviewInput = z.infer<typeof pagePreviewSchema>;

/** POST /api/preview/page */
export const pagePreviewJsonSchema = z
  .object({
    page: z.number().int().meta({ description: "The page drawn (a `destination` may choose another than asked)" }),
    page_count: z.number().int(),
    page_size: z.object({ width: z.number(), height: z.number() }).meta({ description: "Points" }),
    image: z.string().meta({ description: "The page as a PNG data URL" }),
    widgets: z.array(
      z.object({
        id: z.string(),
        type: z.string(),
        path: z
          .string()
          .meta({ description: 'Where the widget is edited: `widgets[3]`, or a project\'s `masters["day"].widgets[2] [page …]`' }),
        position: z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() }),
      }),
    ),
    links: z
      .array(z.object({ rect: pageRect, page: z.number().int().meta({ description: "The page it opens" }) }))
      .meta({ description: "The page's internal links, resolved against the whole document's destinations as the full PDF has them" }),
    outline: z.array(outlineItemSchema).optional().meta({
      description:
        "The document's outline (navigation.outlines), each entry with the page it opens; left out when the request says `outline: false`",
    }),
    warnings: z
      .array(
        z.object({
          severity: z.string(),
          code: z.string(),
          path: z.string(),
          message: z.string(),
          line: z.number().int().optional(),
          column: z.number().int().optional(),
          page: z.number().int().optional(),
          widget_id: z.string().optional(),
        }),
      )
      .meta({
        description:
          "What the render noticed but drew anyway (a missing image, an unknown font), and this page's link check as the full PDF reports it (`dangling_link`: a target no page defines; `constraint_touch`: a hit area below the device's minimum), with the page and widget; at most 50",
      }),
  })
  .meta({ id: "PagePreview" });
export type PagePreviewJson = z.infer<typeof pagePreviewJsonSchema>;

export type PagePreviewResult = { png: Buffer; page: PagePreview; warnings: Diagnostic[] };

export async function renderPagePreview(
  ownerId: string,
  input: Omit<PagePreviewInput, "outline">,
  signal?: AbortSignal,
): Promise<PagePreviewResult> {
  const { width, ...rest } = input;
  const rendered = await renderPreview(ownerId, { ...rest, pages: 1 }, signal);
  if (!rendered.page) throw new Error("the renderer did not describe the page");
  const base = path.resolve(env.JOBS_DIR, "tmp", `page-preview-${randomUUID()}`);
  await mkdir(path.dirname(base), { recursive: true });
  try {
    await writeFile(`${base}.pdf`, rendered.pdf);
    await rasterisePage(`${base}.pdf`, 1, width, `${base}.png`);
    return { png: await readFile(`${base}.png`), page: rendered.page, warnings: rendered.warnings };
  } finally {
    await Promise.all([rm(`${base}.pdf`, { force: true }), rm(`${base}.png`, { force: true })]);
  }
}
