// Which sample documents have pictures, and what each picture shows: the gallery's examples (their
// `pictures`, dated by the clock) and each builder theme's month, week and day pages on a device,
// for the planner a new user would start today. `now` is a parameter so tests pin the clock.
import { getExample } from "@/lib/examples";
import { defaultPlannerStart } from "@/lib/planner/default-start";
import { generatePlanner, type PreviewPageType } from "@/lib/planner/generate";
import type { ThemeId } from "@/lib/planner/schema";
import type { SamplePage } from "./pictures";

export type SampleSource = { yaml: string; at: SamplePage; label: string };

/** Picture `n` (1-based) of a gallery example; undefined when there is no such example or picture. */
export function examplePicture(exampleId: string, n: number, now: Date = new Date()): SampleSource | undefined {
  const example = getExample(exampleId, now);
  const picture = example?.pictures[n - 1];
  if (!example || !picture) return undefined;
  return {
    yaml: example.yaml,
    label: picture.label,
    at: { page: picture.page, ...(picture.destination ? { destination: picture.destination } : {}) },
  };
}

/** The pages a theme is shown with, in flip-through order. */
export const THEME_PICTURES: readonly { label: string; page: PreviewPageType }[] = [
  { label: "Month", page: "month" },
  { label: "Week", page: "week" },
  { label: "Day", page: "day" },
];

/** Picture `n` (1-based) of a theme on `device` (a profile id the builder offers). */
export function themePicture(theme: ThemeId, n: number, device: string, now: Date = new Date()): SampleSource | undefined {
  const picture = THEME_PICTURES[n - 1];
  if (!picture) return undefined;
  // A one-page document of that page type, as the builder's live preview draws it.
  const { yaml } = generatePlanner({ start: defaultPlannerStart(now), device_profile: device, theme }, 1000, picture.page);
  return { yaml, label: picture.label, at: { page: 1 } };
}
