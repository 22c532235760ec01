import { describe, expect, it } from "vitest";
import { countDateItems, dateItem, dateVariables, usesYearWithMonthNeighbour } from "./auto-vars";
import { formatIsoDate, parseIsoDate } from "./dates";

const d = (s: string) => parseIsoDate(s) ?? NaN;
const mid = { first: false, last: false };

describe("automatic date variables (§5.5)", () => {
  it("declines the month after a day number where the language does (uk, pl)", () => {
    const uk = dateVariables(d("2026-03-14"), "uk", mid);
    expect([uk.month_name, uk.month_in_date, uk.date_long]).toEqual(["Березень", "березня", "Субота, 14 березня 2026"]);
    const pl = dateVariables(d("2026-03-14"), "pl", mid);
    expect([pl.month_name, pl.month_in_date, pl.date_long]).toEqual(["Marzec", "marca", "Sobota, 14 marca 2026"]);
  });

  it("sets every variable for a mid-section day", () => {
    expect(dateVariables(d("2026-02-06"), "en", mid)).toEqual({
      date: "2026-02-06",
      date_long: "Friday, February 6, 2026",
      year: 2026,
      month: 2,
      day: 6,
      month_padded: "02",
      month_padded3: "002",
      day_padded: "06",
      month_name: "February",
      month_in_date: "February",
      weekday: "Friday",
      week: 6,
      iso_week: "2026-W06",
      date_prev: "2026-02-05",
      date_next: "2026-02-07",
      year_prev: 2025,
      year_next: 2027,
      month_prev: 1,
      month_next: 3,
      week_prev: 5,
      week_next: 7,
      month_abbr: "Feb",
      weekday_abbr: "Fri",
      month_prev_ym: "2026-01",
      month_next_ym: "2026-03",
      iso_week_prev: "2026-W05",
      iso_week_next: "2026-W07",
      days_in_month: 28,
    });
  });

  it("carries the year across January and December (D9)", () => {
    const jan = dateVariables(d("2026-01-15"), "en", mid);
    expect(jan.month_prev).toBe(12); // compatibility: the year is not changed
    expect(jan.month_prev_ym).toBe("2025-12");
    const dec = dateVariables(d("2026-12-15"), "en", mid);
    expect(dec.month_next).toBe(1);
    expect(dec.month_next_ym).toBe("2027-01");
    expect(usesYearWithMonthNeighbour(["year", "month_prev"])).toBe(true);
    expect(usesYearWithMonthNeighbour(["month_prev_ym"])).toBe(false);
  });

  it("empties boundary variables on the first and last item (D8)", () => {
    const first = dateVariables(d("2026-01-01"), "en", { first: true, last: false });
    expect([first.date_prev, first.year_prev, first.month_prev, first.week_prev, first.month_prev_ym, first.iso_week_prev]).toEqual([
      "",
      "",
      "",
      "",
      "",
      "",
    ]);
    expect(first.date_next).toBe("2026-01-02");
    const last = dateVariables(d("2026-12-31"), "en", { first: false, last: true });
    expect([last.date_next, last.year_next, last.month_next, last.week_next, last.month_next_ym, last.iso_week_next]).toEqual([
      "",
      "",
      "",
      "",
      "",
      "",
    ]);
  });

  it("handles ISO week 53 and the week-year around 1 January", () => {
    const w53 = dateVariables(d("2026-12-28"), "en", mid);
    expect(w53.week).toBe(53);
    expect(w53.iso_week).toBe("2026-W53");
    expect(w53.week_next).toBe(""); // past the last ISO week of the year
    expect(w53.iso_week_next).toBe("2027-W01");
    const jan1 = dateVariables(d("2027-01-01"), "en", mid);
    expect(jan1.week).toBe(53);
    expect(jan1.iso_week).toBe("2026-W53");
    const w1 = dateVariables(d("2026-01-01"), "en", mid);
    expect(w1.week_prev).toBe(""); // below 1
    expect(w1.iso_week_prev).toBe("2025-W52");
  });

  it("enumerates date items over inclusive ranges", () => {
    expect(countDateItems("each_day", d("2026-01-01"), d("2026-12-31"))).toBe(365);
    // 2026-01-01 is a Thursday: its ISO week starts 2025-12-29; 2026-12-31 is in week 53.
    expect(countDateItems("each_week", d("2026-01-01"), d("2026-12-31"))).toBe(53);
    expect(formatIsoDate(dateItem("each_week", d("2026-01-01"), 0))).toBe("2025-12-29");
    expect(countDateItems("each_week", d("2026-01-04"), d("2026-01-05"))).toBe(2); // Sunday + Monday
    expect(countDateItems("each_month", d("2026-01-31"), d("2026-03-01"))).toBe(3);
    expect(formatIsoDate(dateItem("each_month", d("2026-01-31"), 1))).toBe("2026-02-01");
  });
});
