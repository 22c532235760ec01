// One line describing a builder project's options, for the project page.
import { productName } from "@/lib/templates/profiles/product-names";
import { plannerOptionsSchema } from "./schema";
import { plannerStructure } from "./structure";

export function plannerSummary(stored: unknown): string {
  const parsed = plannerOptionsSchema.safeParse(stored);
  if (!parsed.success) return "Options could not be read; edit them to fix.";
  const o = parsed.data;
  const pages = plannerStructure(o).pages.length;
  const theme = o.theme[0]?.toUpperCase() + o.theme.slice(1);
  return `${productName(o.device_profile)} · from ${o.start}, ${o.months} months · weeks start ${o.week_start} · ${theme} · ${pages} pages`;
}
