// The documents the reader-agreement check reads: every gallery example, and a large project in a
// script the base-14 fonts cannot show (Ukrainian: embedded DejaVu subsets), long enough to cross a
// planning chunk.
import { listExamples, REFERENCE_DATE, yearPlannerYaml } from "@/lib/examples";

// Pinned, so dated examples render the same every year.
const examples = listExamples(REFERENCE_DATE);

export function agreementDocuments(): { name: string; yaml: string }[] {
  return [
    ...examples.map((e) => ({ name: e.id, yaml: e.yaml })),
    { name: "planner-uk-4-months", yaml: yearPlannerYaml({ startDate: "2026-01-01", endDate: "2026-04-30", locale: "uk" }) },
  ];
}
