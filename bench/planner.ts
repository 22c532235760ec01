// The benchmark document is the gallery's hyperlinked planner (lib/examples), over these ranges.
import { yearPlannerYaml } from "@/lib/examples";

export const SIZES = {
  third: ["2026-01-01", "2026-04-30"],
  year: ["2026-01-01", "2026-12-31"],
  two: ["2026-01-01", "2027-12-31"],
  /** Close to the 1,000-page limit. */
  max: ["2026-01-01", "2028-04-14"],
} as const satisfies Record<string, readonly [string, string]>;
export type SizeName = keyof typeof SIZES;

export function plannerYaml(start: string, end: string): string {
  return yearPlannerYaml({ startDate: start, endDate: end });
}
