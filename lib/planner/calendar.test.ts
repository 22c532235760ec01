// Calendars merged into planners: recurrences with exceptions, all-day events, time zones, birthdays,
// malformed files, the outbound guard on calendar URLs, and holidays for several countries.
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { toDayNumber } from "@/lib/templates/tokens/dates";
import { birthdayEvents, parseIcs } from "./calendar";
import { fetchCalendar } from "./fetch-calendar";
import { generatePlanner } from "./generate";
import { holidaysByDay } from "./holidays";
import { plannerOptionsSchema } from "./schema";

const d = (y: number, m: number, day: number) => toDayNumber(y, m, day);
const JAN = [d(2027, 1, 1), d(2027, 1, 31)] as const;

const ICS = `BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//test//EN
BEGIN:VTIMEZONE
TZID:America/New_York
BEGIN:STANDARD
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
TZNAME:EST
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:weekly@test
DTSTART;TZID=America/New_York:20270104T090000
DTEND;TZID=America/New_York:20270104T093000
RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=5
EXDATE;TZID=America/New_York:20270118T090000
SUMMARY:Team sync
END:VEVENT
BEGIN:VEVENT
UID:allday@test
DTSTART;VALUE=DATE:20270115
DTEND;VALUE=DATE:20270116
SUMMARY:Trip
END:VEVENT
BEGIN:VEVENT
UID:late@test
DTSTART;TZID=America/New_York:20270120T230000
SUMMARY:Late call
END:VEVENT
END:VCALENDAR
`;

describe("iCalendar import", () => {
  const events = parseIcs(ICS, ...JAN);

  it("expands a weekly rule with an exception, in the event's own time zone", () => {
    const mondays = [...events.entries()].filter(([, l]) => l.includes("09:00 Team sync")).map(([dn]) => dn);
    expect(mondays).toEqual([d(2027, 1, 4), d(2027, 1, 11), d(2027, 1, 25), d(2027, 2, 1)].filter((x) => x <= JAN[1]));
  });

  it("puts all-day events on their date, without a time, and keeps late local times on their local day", () => {
    expect(events.get(d(2027, 1, 15))).toEqual(["Trip"]);
    expect(events.get(d(2027, 1, 20))).toEqual(["23:00 Late call"]);
  });

  it("refuses a malformed file with a 400 naming the field", () => {
    for (const bad of ["BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:nope", "hello", "BEGIN:VEVENT\nEND:VEVENT\n"]) {
      try {
        parseIcs(bad, ...JAN);
        expect.unreachable(bad);
      } catch (err) {
        expect(err).toBeInstanceOf(AppError);
        expect((err as AppError).code).toBe("BAD_INPUT");
        expect((err as AppError).message).toMatch(/^calendar\.ics: not a valid iCalendar file/);
      }
    }
  });

  it("shows events on day, week and month pages of a generated planner", () => {
    const yaml = generatePlanner({ start: "2027-01", months: 1, calendar: { ics: ICS } }).yaml;
    expect(yaml).toContain("09:00 Team sync");
    expect(yaml).toMatch(/15 {2}Trip/);
  });

  it("reads calendar URLs only through the outbound guard", async () => {
    await expect(fetchCalendar("https://127.0.0.1/cal.ics", ...JAN)).rejects.toThrow(/calendar\.url: could not read the calendar/);
    expect(plannerOptionsSchema.safeParse({ start: "2027-01", calendar: { url: "http://example.com/x.ics" } }).success).toBe(false);
  });
});

describe("birthdays and holidays", () => {
  it("repeats birthdays every year and moves 29 February to the 28th in common years", () => {
    const o = plannerOptionsSchema.parse({
      start: "2027-01",
      months: 24,
      birthdays: [
        { name: "Ada", date: "02-29" },
        { name: "Bo", date: "12-10" },
      ],
    });
    const ev = birthdayEvents(o, d(2027, 1, 1), d(2028, 12, 31), [2027, 2028]);
    expect(ev.get(d(2027, 2, 28))).toEqual(["★ Ada"]);
    expect(ev.get(d(2028, 2, 29))).toEqual(["★ Ada"]);
    expect(ev.get(d(2028, 12, 10))).toEqual(["★ Bo"]);
  });

  it.each([
    ["DE", "BY", "de", d(2027, 1, 6), "Heilige Drei Könige"],
    ["US", undefined, "en", d(2027, 7, 5), "Independence Day (substitute day)"],
    ["FR", undefined, "fr", d(2027, 7, 14), "Fête Nationale"],
    ["PL", undefined, "pl", d(2027, 11, 11), "Narodowe Święto Niepodległości"],
  ] as const)("%s %s: %s", (country, region, locale, day, name) => {
    const o = plannerOptionsSchema.parse({ start: "2027-01", locale, holidays: { country, ...(region ? { region } : {}) } });
    const h = holidaysByDay(o, d(2027, 1, 1), d(2027, 12, 31), [2027]);
    expect(h.get(day)?.join(", ")).toContain(name);
  });
});
