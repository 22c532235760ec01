// What the planner builder's form shows and derives from the options, outside the component.
import { plannerOptionsSchema, type PlannerOptionsInput } from "@/lib/planner/schema";
import { plannerStructure } from "@/lib/planner/structure";

export const LOCALE_NAMES: Record<string, string> = {
  en: "English",
  de: "Deutsch",
  pl: "Polski",
  fr: "Français",
  es: "Español",
  it: "Italiano",
  uk: "Українська",
  ja: "日本語",
  zh: "中文",
  nl: "Nederlands",
  pt: "Português",
  sv: "Svenska",
  da: "Dansk",
  nb: "Norsk bokmål",
  fi: "Suomi",
  cs: "Čeština",
  ru: "Русский",
  tr: "Türkçe",
  hu: "Magyar",
};
export const LAYOUT_NAMES: Record<string, string> = { time_blocks: "Time blocks", priorities: "Priorities & to-dos", notes: "Notes page" };
export const SECTION_NAMES = [
  ["index", "Index page"],
  ["year", "Year overview"],
  ["quarters", "Quarter overviews"],
  ["months", "Month pages"],
  ["weeks", "Week pages"],
  ["habits", "Habit tracker (monthly)"],
  ["goals", "Goals"],
] as const;
export const MM = 72 / 25.4;
export const CUSTOM = "__custom";

/** Page destinations in order: two option sets with equal signatures put every page at the same number. */
export function signature(o: PlannerOptionsInput): string {
  const parsed = plannerOptionsSchema.safeParse(o);
  return parsed.success
    ? plannerStructure(parsed.data)
        .pages.map((p) => p.dest)
        .join(",")
    : "";
}

export function defaultName(o: PlannerOptionsInput): string {
  const year = o.start?.slice(0, 4) ?? "";
  return (o.months ?? 12) === 12 && o.start?.endsWith("-01") ? `Planner ${year}` : `Planner from ${o.start ?? ""}`;
}
