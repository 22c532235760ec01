// zod schema of the project document (docs/template-language §6.1–§6.3). Only shapes and ranges live here;
// cross-references (master names, kinds, order, dates) are checked in structure.ts.
import { z } from "zod";

/** §2.1: numbers may be written as numeric strings. */
const num = (schema: z.ZodNumber) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v)) ? Number(v) : v), schema);

const positiveInt = num(z.number().int().positive());
const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const optionalText = (max: number) => z.string().max(max).optional();

export const GENERATE_MODES = ["once", "count", "each_day", "each_week", "each_month"] as const;
export type GenerateMode = (typeof GENERATE_MODES)[number];

export const counterSchema = z.object({
  start: num(z.number().finite()).default(1),
  step: num(z.number().finite()).default(1),
});

export const outlineSpecSchema = z.object({
  title: z.string().min(1).max(100),
  level: num(z.number().int().min(1).max(4)).default(1),
});

export type SectionInput = {
  kind: string;
  master: string;
  generate: GenerateMode;
  start_date?: string | null | undefined;
  end_date?: string | null | undefined;
  count?: number | null | undefined;
  pages_per_item: number;
  context: Record<string, string | number | boolean | null>;
  counters: Record<string, { start: number; step: number }>;
  nested?: SectionInput[] | null | undefined;
  outline?: { title: string; level: number } | undefined;
};

export const sectionSchema: z.ZodType<SectionInput> = z.lazy(() =>
  z.object({
    kind: z.string().regex(/^[A-Za-z0-9_-]+$/, "must match ^[A-Za-z0-9_-]+$"),
    master: z.string().min(1),
    generate: z.enum(GENERATE_MODES),
    start_date: z.string().nullable().optional(),
    end_date: z.string().nullable().optional(),
    count: positiveInt.nullable().optional(),
    pages_per_item: positiveInt.default(1),
    context: z.record(z.string(), scalar).default({}),
    counters: z.record(z.string(), counterSchema).default({}),
    nested: z.array(sectionSchema).nullable().optional(),
    outline: outlineSpecSchema.optional(),
  }),
);

export const widgetInputSchema = z.record(z.string(), z.unknown());

export const masterSchema = z.object({
  // A master may be supplied as a whole template document (§6.2): its metadata.name stands in for name.
  name: z
    .string()
    .min(1)
    .max(100)
    .regex(/^[A-Za-z0-9 _-]+$/, "may contain only letters, digits, spaces, - and _"),
  description: optionalText(500),
  widgets: z.array(widgetInputSchema).default([]),
  created_at: z.string().optional(),
  updated_at: z.string().optional(),
  used_variables: z.array(z.string()).optional(),
});
export type MasterInput = z.infer<typeof masterSchema>;

export const planSchema = z.object({
  calendar: z
    .object({
      start_date: z.string().nullable().optional(),
      end_date: z.string().nullable().optional(),
      pages_per_day: positiveInt.default(1),
    })
    .default({ pages_per_day: 1 }),
  sections: z.array(sectionSchema).min(1, "must contain at least one section"),
  order: z.array(z.string()).optional(),
  locale: z.string().min(1).max(10).default("en"),
});
export type PlanInput = z.infer<typeof planSchema>;

export const projectSchema = z.object({
  id: z.string().optional(),
  metadata: z.object({
    name: z.string().min(1).max(100),
    description: z.string().max(500).default(""),
    category: z.string().max(50).default("planner"),
    author: z.string().max(100).default(""),
    device_profile: z.string().min(1).default("boox-note-air-4c"),
    created_at: z.string().optional(),
    updated_at: z.string().optional(),
  }),
  masters: z.array(masterSchema).min(1, "must contain at least one master"),
  plan: planSchema,
  link_resolution: z.object({ generate_outlines: z.boolean().default(true) }).default({ generate_outlines: true }),
  default_canvas: z.record(z.string(), z.unknown()).optional(),
});
export type ProjectInput = z.infer<typeof projectSchema>;

/** Keys each mapping may hold; anything else is an `unknown_key` warning. */
export const KNOWN_KEYS = {
  root: ["id", "metadata", "masters", "plan", "link_resolution", "default_canvas", "max_pages"],
  metadata: [
    "name",
    "description",
    "category",
    "author",
    "device_profile",
    "created_at",
    "updated_at",
    "is_public",
    "public_url_slug",
    "original_author",
    "cloned_from",
    "clone_count",
  ],
  master: ["name", "description", "widgets", "created_at", "updated_at", "used_variables"],
  plan: ["calendar", "sections", "order", "locale"],
  calendar: ["start_date", "end_date", "pages_per_day"],
  section: ["kind", "master", "generate", "start_date", "end_date", "count", "pages_per_item", "context", "counters", "nested", "outline"],
  link_resolution: ["mode", "destination_patterns", "generate_outlines", "generate_month_links", "generate_day_links"],
} as const;
