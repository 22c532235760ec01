// The planner builder's options (docs/planner-builder.md): one object, validated the same way by the
// REST API, the builder form and the generator. Every field but `start` has a default; unknown keys
// are refused so a typo ("week_starts") is a 400 naming it instead of a silently ignored setting.
import { z } from "zod";
import { SUPPORTED_LOCALES } from "@/lib/templates/tokens/locales";
import { PROFILE_ID_PATTERN } from "@/lib/templates/profiles/schema";

export const THEMES = ["classic", "minimal", "tabbed"] as const;
export type ThemeId = (typeof THEMES)[number];
export const DAY_LAYOUTS = ["time_blocks", "priorities", "notes"] as const;
export const PAPERS = ["dots", "grid", "lines", "blank"] as const;
export const MAX_NOTES_PAGES = 50;
export const MAX_ICS_BYTES = 1_000_000;

const startSchema = z
  .string({ error: 'is required, as "YYYY-MM" (e.g. "2027-01")' })
  .regex(/^(19|20|21)\d{2}-(0[1-9]|1[0-2])$/, 'must be a month as "YYYY-MM" between 1900 and 2199 (e.g. "2027-01")');

const daysSchema = z
  .strictObject({
    enabled: z.boolean().default(true),
    layout: z.enum(DAY_LAYOUTS).default("time_blocks"),
    /** Time blocks: first and last hour shown (24-hour clock). */
    from_hour: z.number().int().min(0).max(23).default(7),
    to_hour: z.number().int().min(1).max(24).default(21),
  })
  .refine((d) => d.to_hour - d.from_hour >= 4, { message: "to_hour must be at least 4 hours after from_hour", path: ["to_hour"] });

const sectionsSchema = z.strictObject({
  index: z.boolean().default(true),
  year: z.boolean().default(true),
  quarters: z.boolean().default(false),
  months: z.boolean().default(true),
  weeks: z.boolean().default(true),
  days: daysSchema.default({ enabled: true, layout: "time_blocks", from_hour: 7, to_hour: 21 }),
  habits: z.boolean().default(true),
  goals: z.boolean().default(true),
  notes: z
    .number({ error: "must be a number of pages" })
    .int("must be a whole number of pages")
    .min(0, `must be 0 to ${MAX_NOTES_PAGES} pages`)
    .max(MAX_NOTES_PAGES, `must be 0 to ${MAX_NOTES_PAGES} pages`)
    .default(8),
});

const holidaysSchema = z.strictObject({
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/, 'must be a two-letter country code (ISO 3166-1, e.g. "DE")')
    .transform((c) => c.toUpperCase()),
  region: z
    .string()
    .regex(/^[A-Za-z0-9]{1,3}$/, 'must be a region code (the part after the dash in ISO 3166-2, e.g. "BY")')
    .transform((r) => r.toUpperCase())
    .optional(),
});

/** The most days each month can have (February's 29 included). */
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export const plannerOptionsSchema = z.strictObject({
  device_profile: z.string().trim().regex(PROFILE_ID_PATTERN, "must be a device profile id (GET /api/profiles)").default("remarkable-2"),
  /** Page size in pt instead of the profile's (a device that is not built in). */
  custom_size: z.strictObject({ width: z.number().min(144).max(1728), height: z.number().min(144).max(1728) }).optional(),
  start: startSchema,
  months: z
    .number({ error: "must be a number of months" })
    .int("must be a whole number of months")
    .min(1, "must be 1 to 24 months")
    .max(24, "must be 1 to 24 months")
    .default(12),
  week_start: z.enum(["monday", "sunday"]).default("monday"),
  locale: z.enum(SUPPORTED_LOCALES).default("en"),
  hand: z.enum(["right", "left"]).default("right"),
  theme: z.enum(THEMES).default("classic"),
  sections: sectionsSchema.default(sectionsSchema.parse({})),
  paper: z.enum(PAPERS).default("dots"),
  holidays: holidaysSchema.nullable().default(null),
  title: z.string().trim().min(1).max(60).optional(),
  /** An iCalendar file's text and/or an https calendar URL, read when the planner is generated. */
  calendar: z
    .strictObject({
      ics: z.string().max(MAX_ICS_BYTES, "must be at most 1 MB").optional(),
      url: z
        .url({ protocol: /^https$/, error: "must be an https URL" })
        .max(2048)
        .optional(),
    })
    .nullable()
    .default(null),
  birthdays: z
    .array(
      z.strictObject({
        name: z.string().trim().min(1).max(60),
        date: z
          .string()
          .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be "MM-DD"')
          // 02-29 is allowed (drawn on the 28th in common years); 02-30 or 04-31 never happen.
          .refine((d) => Number(d.slice(3)) <= (DAYS_IN_MONTH[Number(d.slice(0, 2)) - 1] ?? 0), "is not a day of that month"),
      }),
    )
    .max(200)
    .default([]),
});

/** What a client sends (defaults optional) and what the generator works with (all filled in). */
export type PlannerOptionsInput = z.input<typeof plannerOptionsSchema>;
export type PlannerOptions = z.output<typeof plannerOptionsSchema>;
