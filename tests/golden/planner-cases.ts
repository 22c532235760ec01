// Golden pages of the planner builder's themes: the month page (tabs, navigation bar, grid) and the
// day page, on a colour device and a monochrome one.
import { generatePlanner } from "@/lib/planner/generate";
import { THEMES } from "@/lib/planner/schema";

const DEVICES = { colour: "boox-note-air-4c", mono: "remarkable-2" } as const;

export const PLANNER_CASES: Record<string, string> = Object.fromEntries(
  THEMES.flatMap((theme) =>
    Object.entries(DEVICES).flatMap(([kind, device]) =>
      (["month", "day"] as const).map((page) => [
        `planner_${theme}_${kind}_${page}`,
        generatePlanner({ start: "2027-01", device_profile: device, theme, holidays: { country: "US" } }, 1000, page).yaml,
      ]),
    ),
  ),
);
