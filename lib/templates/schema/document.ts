// The template document (§2.2–§2.7). Deprecated spellings are rewritten before this schema runs
// (normalise-raw.ts), so it only accepts canonical forms and its output is the normalised Template.
import { z } from "zod";
import type { Canvas, ExportSettings, Metadata, Template } from "../types";
import { navigationSchema } from "./navigation";
import { colour, id, intIn, nonNegative, positive, text } from "./primitives";
import { widgetSchema } from "./widgets";
import { showValue } from "../paths";
import { DEFAULT_PROFILE } from "../profiles";
import { MAX_PAGE_SIDE_PT } from "../cost";

const PAGE_SIDE_MESSAGE = `must be at most ${MAX_PAGE_SIDE_PT.toLocaleString("en-US")} pt (200 in), the largest page a PDF can have`;

export const DEFAULT_PROFILE_ID = DEFAULT_PROFILE;

export const metadataSchema = z
  .object({
    name: text().pipe(z.string().min(1).max(100)),
    description: text().pipe(z.string().max(500)).optional(),
    category: text().pipe(z.string().min(1).max(50)),
    version: z
      .string()
      .regex(/^\d+\.\d+(\.\d+)?$/)
      .optional(),
    author: text().pipe(z.string().max(100)).optional(),
    created: text().pipe(z.string().min(1)),
    profile: z.string().optional(),
    locale: z.string().min(2).max(10).optional(),
  })
  .transform((m): Metadata => ({
    name: m.name,
    description: m.description ?? "",
    category: m.category,
    version: m.version ?? "1.0",
    author: m.author ?? "",
    created: m.created,
    profile: m.profile ?? DEFAULT_PROFILE_ID,
    locale: m.locale ?? "en",
  }));

export const canvasSchema = z
  .object({
    dimensions: z.object({
      width: positive().pipe(z.number().max(MAX_PAGE_SIDE_PT, PAGE_SIDE_MESSAGE)),
      height: positive().pipe(z.number().max(MAX_PAGE_SIDE_PT, PAGE_SIDE_MESSAGE)),
      margins: z.tuple([nonNegative(), nonNegative(), nonNegative(), nonNegative()]),
    }),
    coordinate_system: z.literal("top_left").optional(),
    background: colour().optional(),
    grid_size: positive().pipe(z.number().max(50)).optional(),
    snap_enabled: z.boolean().optional(),
  })
  .transform((c): Canvas => ({
    dimensions: c.dimensions,
    coordinate_system: "top_left",
    background: c.background ?? "#FFFFFF",
    grid_size: c.grid_size ?? 10,
    snap_enabled: c.snap_enabled ?? true,
  }));

const exportMode = z.enum(["interactive", "flattened", "navigation_only"]);

export const exportSchema = z
  .object({
    modes: z.array(exportMode).optional(),
    default_mode: exportMode.optional(),
    // An unquoted `pdf_version: 1.6` is a YAML number; it means the same thing.
    pdf_version: z.preprocess((v) => (v === 1.6 ? "1.6" : v), z.literal("1.6")).optional(),
    page_box: z.enum(["MediaBox", "TrimBox", "BleedBox"]).optional(),
    linearized: z.boolean().optional(),
  })
  .transform((e): ExportSettings => ({
    modes: e.modes ?? ["flattened"],
    default_mode: e.default_mode ?? "flattened",
    pdf_version: "1.6",
    page_box: e.page_box ?? "MediaBox",
    linearized: e.linearized ?? false,
  }));

const nullableList = <S extends z.ZodType>(item: S) => z.preprocess((v) => (v === null ? undefined : v), z.array(item).optional());

export const masterSchema = z.object({
  id: id(),
  name: text().optional(),
  widgets: nullableList(widgetSchema),
});

export const pageAssignmentSchema = z.object({ page: intIn(1, 10000), master_id: text() });

export const templateSchema = z
  .object({
    schema_version: z.literal("1.0", { error: (iss) => `must be the string "1.0" (got ${showValue(iss.input)})` }),
    metadata: metadataSchema,
    canvas: canvasSchema,
    widgets: nullableList(widgetSchema),
    masters: nullableList(masterSchema),
    page_assignments: nullableList(pageAssignmentSchema),
    navigation: z.preprocess((v) => (v === null ? undefined : v), navigationSchema.optional()),
    export: z.preprocess((v) => (v === null ? undefined : v), exportSchema.optional()),
    max_pages: intIn(1, 1_000_000).optional(),
  })
  .transform((t): Template => ({
    schema_version: "1.0",
    metadata: t.metadata,
    canvas: t.canvas,
    widgets: t.widgets ?? [],
    masters: (t.masters ?? []).map((m) => ({
      id: m.id,
      ...(m.name !== undefined ? { name: m.name } : {}),
      widgets: m.widgets ?? [],
    })),
    page_assignments: t.page_assignments ?? [],
    navigation: t.navigation ?? { named_destinations: [], outlines: [], links: [] },
    export: t.export ?? exportSchema.parse({}),
    ...(t.max_pages !== undefined ? { max_pages: t.max_pages } : {}),
  }));
