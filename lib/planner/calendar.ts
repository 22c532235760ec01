// Calendar data merged into a planner: an iCalendar file or https URL (ical.js expands recurrences,
// EXDATEs and time zones from the file's VTIMEZONEs) and birthdays. A snapshot taken when the planner
// is generated; events show on their day, week and month pages.
import ICAL from "ical.js";
import { AppError } from "@/lib/errors";
import { toDayNumber, pad } from "@/lib/templates/tokens/dates";
import type { PlannerOptions } from "./schema";

export type EventsByDay = Map<number, string[]>;

/** Occurrences generated per recurring event at most: a daily event over two years fits. */
const MAX_OCCURRENCES = 800;

export function addEvent(map: EventsByDay, dn: number, label: string): void {
  const list = map.get(dn) ?? [];
  if (!list.includes(label)) list.push(label);
  map.set(dn, list);
}

/** Events of an iCalendar text within [first, last]; a malformed file is a 400 naming the field. */
export function parseIcs(text: string, first: number, last: number, field = "calendar.ics"): EventsByDay {
  let root: ICAL.Component;
  try {
    root = new ICAL.Component(ICAL.parse(text));
  } catch (err) {
    const why = err instanceof Error ? err.message.split("\n")[0]?.slice(0, 120) : "unreadable";
    throw new AppError("BAD_INPUT", `${field}: not a valid iCalendar file (${why})`);
  }
  if (root.name !== "vcalendar") throw new AppError("BAD_INPUT", `${field}: not a valid iCalendar file (no VCALENDAR)`);
  for (const tz of root.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(tz);
  const out: EventsByDay = new Map();
  const dayOf = (t: ICAL.Time) => toDayNumber(t.year, t.month, t.day);
  for (const vevent of root.getAllSubcomponents("vevent")) {
    const event = new ICAL.Event(vevent);
    if (!event.startDate) continue;
    const label = (t: ICAL.Time) =>
      t.isDate ? event.summary || "Event" : `${pad(t.hour, 2)}:${pad(t.minute, 2)} ${event.summary || "Event"}`;
    if (!event.isRecurring()) {
      const dn = dayOf(event.startDate);
      if (dn >= first && dn <= last) addEvent(out, dn, label(event.startDate));
      continue;
    }
    const it = event.iterator();
    for (let n = 0, next = it.next(); next && n < MAX_OCCURRENCES; n++, next = it.next()) {
      const dn = dayOf(next);
      if (dn > last) break;
      if (dn >= first) addEvent(out, dn, label(next));
    }
  }
  return out;
}

/** Birthdays recur every year of the planner; 29 February falls on the 28th in other years. */
export function birthdayEvents(o: PlannerOptions, first: number, last: number, years: number[]): EventsByDay {
  const out: EventsByDay = new Map();
  for (const b of o.birthdays) {
    const [m, d] = b.date.split("-").map(Number);
    for (const y of years) {
      const leapSafe = m === 2 && d === 29 && toDayNumber(y, 3, 1) - toDayNumber(y, 2, 1) === 28 ? 28 : (d ?? 1);
      const dn = toDayNumber(y, m ?? 1, leapSafe);
      if (dn >= first && dn <= last) addEvent(out, dn, `★ ${b.name}`);
    }
  }
  return out;
}

export function mergeEvents(...maps: EventsByDay[]): EventsByDay {
  const out: EventsByDay = new Map();
  for (const m of maps) for (const [dn, labels] of m) for (const l of labels) addEvent(out, dn, l);
  return new Map([...out.entries()].sort((a, b) => a[0] - b[0]));
}
