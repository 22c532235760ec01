// The example gallery: used by the UI's gallery and by "start a project from an example". Dated
// examples follow the calendar: the year planner is for the current year (the next from October, when
// people buy next year's) and the month calendar shows the current month. Pass `now` to pin the date
// (tests, benchmarks and golden renders use REFERENCE_DATE).
import { defaultPlannerStart } from "@/lib/planner/default-start";
import { formatIsoDate, formatIsoWeek, isoWeek, pad, toDayNumber } from "@/lib/templates/tokens/dates";
import { monthName } from "@/lib/templates/tokens/locales";
import { cornellNotes } from "./cornell-notes";
import { dailyPage } from "./daily-page";
import { dotGridNotebook } from "./dot-grid-notebook";
import { habitTracker } from "./habit-tracker";
import { meetingNotebook } from "./meeting-notebook";
import { meetingNotes } from "./meeting-notes";
import { monthlyCalendarYaml } from "./monthly-calendar";
import { weeklySpread } from "./weekly-spread";
import { yearPlanner } from "./year-planner";

export { yearPlannerYaml, type YearPlannerOptions } from "./year-planner";

/** The date that pins dated examples where output must not change with the calendar. */
export const REFERENCE_DATE = new Date(Date.UTC(2026, 2, 16));

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
  /** The pages the gallery shows as pictures, in flip-through order. */
  pictures: readonly ExamplePicture[];
};

/**
 * One picture of an example: page `page`, or (projects) the page an anchor with `destination` is on,
 * so a picture keeps showing "a week page" whatever the year's page numbers are.
 */
export type ExamplePicture = { label: string; page: number; destination?: string };

const ONE_PAGE: readonly ExamplePicture[] = [{ label: "Page", page: 1 }];

function buildExamples(now: Date): readonly Example[] {
  // The planner a visitor would buy now: this year's, next year's from October (as the builder's default).
  const year = Number(defaultPlannerStart(now).slice(0, 4));
  const month = now.getUTCMonth() + 1;
  const yearMonth = `${year}-${pad(month, 2)}`;
  const monthTitle = `${monthName("en", month)} ${now.getUTCFullYear()}`;
  const calendarMonth = `${now.getUTCFullYear()}-${pad(month, 2)}`;
  // The planner's month, week and day pictures show today's date in the planner's year.
  const today = toDayNumber(year, month, Math.min(now.getUTCDate(), 28));
  return [
    {
      id: "year-planner",
      title: `Hyperlinked year planner ${year}`,
      description:
        "Year, month, week and day pages linked both ways, with bookmarks; every day has a month calendar, priorities, ruled notes and a dot grid.",
      category: "planner",
      kind: "project",
      profile: "boox-note-air-4c",
      yaml: yearPlanner(year),
      pictures: [
        { label: "Year", page: 1, destination: `year:${year}` },
        { label: "Month", page: 2, destination: `month:${yearMonth}` },
        { label: "Week", page: 14, destination: `week:${formatIsoWeek(isoWeek(today)).toLowerCase()}` },
        { label: "Day", page: 67, destination: `day:${formatIsoDate(today)}` },
      ],
    },
    {
      id: "daily-page",
      title: "Daily page",
      description: "Three priorities, an hour-by-hour schedule from 07:00 to 19:00 and ruled notes.",
      category: "planner",
      kind: "template",
      profile: "remarkable-2",
      yaml: dailyPage,
      pictures: ONE_PAGE,
    },
    {
      id: "weekly-spread",
      title: "Weekly spread",
      description: "Monday to Sunday plus a notes box on one landscape page.",
      category: "planner",
      kind: "template",
      profile: "boox-note-air-4c-landscape",
      yaml: weeklySpread,
      pictures: ONE_PAGE,
    },
    {
      id: "monthly-calendar",
      title: "Monthly calendar",
      description: `${monthTitle} as a full-page month grid with ISO week numbers and room for notes.`,
      category: "calendar",
      kind: "template",
      profile: "kindle-scribe",
      yaml: monthlyCalendarYaml(calendarMonth, monthTitle),
      pictures: ONE_PAGE,
    },
    {
      id: "dot-grid-notebook",
      title: "Dot-grid notebook",
      description: "An index linking to 30 numbered dot-grid pages, each with links back and to its neighbours.",
      category: "notebook",
      kind: "project",
      profile: "supernote-manta",
      yaml: dotGridNotebook,
      pictures: [
        { label: "Index", page: 1 },
        { label: "Page", page: 2 },
      ],
    },
    {
      id: "cornell-notes",
      title: "Cornell notes",
      description: "Cue column, ruled note area and a summary box: the classic study layout.",
      category: "notes",
      kind: "template",
      profile: "supernote-a5x",
      yaml: cornellNotes,
      pictures: ONE_PAGE,
    },
    {
      id: "meeting-notes",
      title: "Meeting notes",
      description: "Details, attendees, an agenda checklist, notes and an action-item table.",
      category: "work",
      kind: "template",
      profile: "kobo-elipsa-2e",
      yaml: meetingNotes,
      pictures: ONE_PAGE,
    },
    {
      id: "meeting-notebook",
      title: "Meeting notebook",
      description: "Twenty linked meeting sheets with an index, each linking back and to the previous and next meeting.",
      category: "work",
      kind: "project",
      profile: "kobo-elipsa-2e",
      yaml: meetingNotebook,
      pictures: [
        { label: "Index", page: 1 },
        { label: "Meeting", page: 2 },
      ],
    },
    {
      id: "habit-tracker",
      title: "Habit tracker",
      description: "Seven daily habits for every day of the month on a large tablet.",
      category: "tracker",
      kind: "template",
      profile: "boox-tab-ultra-c-portrait",
      yaml: habitTracker,
      pictures: ONE_PAGE,
    },
  ];
}

// One list per day: the YAML of the year planner is large, and the gallery asks for it often.
let cached: { day: string; list: readonly Example[] } | undefined;

/** The gallery as of `now`. */
export function listExamples(now: Date = new Date()): readonly Example[] {
  const day = now.toISOString().slice(0, 10);
  if (cached?.day === day) return cached.list;
  const list = buildExamples(now);
  cached = { day, list };
  return list;
}

export function getExample(id: string, now: Date = new Date()): Example | undefined {
  return listExamples(now).find((e) => e.id === id);
}
