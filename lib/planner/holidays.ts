// Public holidays from date-holidays (offline data, names in the planner's language where the data
// has them). A snapshot taken when the YAML is generated, like every calendar in a PDF.
import Holidays from "date-holidays";
import { AppError } from "@/lib/errors";
import { parseIsoDate } from "@/lib/templates/tokens/dates";
import type { PlannerOptions } from "./schema";

/** Holiday names per day number within [first, last]. */
export function holidaysByDay(o: PlannerOptions, first: number, last: number, years: number[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  if (!o.holidays) return out;
  const { country, region } = o.holidays;
  const registry = new Holidays();
  if (!Object.hasOwn(registry.getCountries(), country))
    throw new AppError("BAD_INPUT", `holidays.country: no holiday data for "${country}"`);
  if (region && !Object.hasOwn(registry.getStates(country) ?? {}, region)) {
    throw new AppError("BAD_INPUT", `holidays.region: "${region}" is not a region of ${country} with holiday data`);
  }
  const hd = region
    ? new Holidays(country, region, { languages: [o.locale], types: ["public"] })
    : new Holidays(country, { languages: [o.locale], types: ["public"] });
  for (const year of years) {
    for (const h of hd.getHolidays(year) || []) {
      const dn = parseIsoDate(h.date.slice(0, 10));
      if (dn === undefined || dn < first || dn > last) continue;
      const names = out.get(dn) ?? [];
      if (!names.includes(h.name)) names.push(h.name);
      out.set(dn, names);
    }
  }
  return out;
}
