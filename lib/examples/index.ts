// The example gallery: used by the UI's gallery and by "start a project from an example".
import { cornellNotes } from "./cornell-notes";
import { dailyPage } from "./daily-page";
import { dotGridNotebook } from "./dot-grid-notebook";
import { habitTracker } from "./habit-tracker";
import { meetingNotebook } from "./meeting-notebook";
import { meetingNotes } from "./meeting-notes";
import { monthlyCalendar } from "./monthly-calendar";
import { weeklySpread } from "./weekly-spread";
import { yearPlanner } from "./year-planner";

export { yearPlannerYaml, type YearPlannerOptions } from "./year-planner";

export type ExampleCategory = "planner" | "calendar" | "notes" | "notebook" | "work" | "tracker";

export type Example = {
  id: string;
  title: string;
  description: string;
  category: ExampleCategory;
  /** A template renders as is; a project (masters + plan) is compiled first (§6). */
  kind: "template" | "project";
  /** Device profile id the layout is designed for (§7.4). */
  profile: string;
  yaml: string;
};

export const examples: readonly Example[] = [
  {
    id: "year-planner",
    title: "Hyperlinked year planner 2026",
    description: "Year, month, week and day pages linked both ways, with bookmarks; every day has a month calendar, priorities, ruled notes and a dot grid.",
    category: "planner",
    kind: "project",
    profile: "boox-note-air-4c",
    yaml: yearPlanner,
  },
  {
    id: "daily-page",
    title: "Daily page",
    description: "Three priorities, an hour-by-hour schedule from 07:00 to 19:00 and ruled notes.",
    category: "planner",
    kind: "template",
    profile: "remarkable-2",
    yaml: dailyPage,
  },
  {
    id: "weekly-spread",
    title: "Weekly spread",
    description: "Monday to Sunday plus a notes box on one landscape page.",
    category: "planner",
    kind: "template",
    profile: "boox-note-air-4c-landscape",
    yaml: weeklySpread,
  },
  {
    id: "monthly-calendar",
    title: "Monthly calendar",
    description: "A full-page month grid with ISO week numbers and room for notes.",
    category: "calendar",
    kind: "template",
    profile: "kindle-scribe",
    yaml: monthlyCalendar,
  },
  {
    id: "dot-grid-notebook",
    title: "Dot-grid notebook",
    description: "An index linking to 30 numbered dot-grid pages, each with links back and to its neighbours.",
    category: "notebook",
    kind: "project",
    profile: "supernote-manta",
    yaml: dotGridNotebook,
  },
  {
    id: "cornell-notes",
    title: "Cornell notes",
    description: "Cue column, ruled note area and a summary box: the classic study layout.",
    category: "notes",
    kind: "template",
    profile: "supernote-a5x",
    yaml: cornellNotes,
  },
  {
    id: "meeting-notes",
    title: "Meeting notes",
    description: "Details, attendees, an agenda checklist, notes and an action-item table.",
    category: "work",
    kind: "template",
    profile: "kobo-elipsa-2e",
    yaml: meetingNotes,
  },
  {
    id: "meeting-notebook",
    title: "Meeting notebook",
    description: "Twenty linked meeting sheets with an index, each linking back and to the previous and next meeting.",
    category: "work",
    kind: "project",
    profile: "kobo-elipsa-2e",
    yaml: meetingNotebook,
  },
  {
    id: "habit-tracker",
    title: "Habit tracker",
    description: "Seven daily habits for every day of the month on a large tablet.",
    category: "tracker",
    kind: "template",
    profile: "boox-tab-ultra-c-portrait",
    yaml: habitTracker,
  },
];

export function getExample(id: string): Example | undefined {
  return examples.find((e) => e.id === id);
}
