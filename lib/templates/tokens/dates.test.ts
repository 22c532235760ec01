import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  daysInMonth,
  formatIsoDate,
  formatIsoWeek,
  fromDayNumber,
  isoWeek,
  isoWeeksInYear,
  parseIsoDate,
  toDayNumber,
  weekdayIndex,
} from "./dates";

describe("civil dates (§5.6)", () => {
  it("round-trips every day number over four centuries", () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (dn) => {
        const { year, month, day } = fromDayNumber(dn);
        expect(toDayNumber(year, month, day)).toBe(dn);
      }),
    );
  });

  it("parses strictly", () => {
    expect(parseIsoDate("2026-02-29")).toBeUndefined();
    expect(parseIsoDate("2028-02-29")).toBe(toDayNumber(2028, 2, 29));
    expect(parseIsoDate("2026-13-01")).toBeUndefined();
    expect(parseIsoDate("2026-1-1")).toBeUndefined();
    expect(parseIsoDate("2026-03", true)).toBe(toDayNumber(2026, 3, 1));
    expect(parseIsoDate("2026-03")).toBeUndefined();
    expect(formatIsoDate(0)).toBe("1970-01-01");
  });

  it("knows weekdays, month lengths and leap years", () => {
    expect(weekdayIndex(toDayNumber(2026, 1, 5))).toBe(0); // Monday
    expect(weekdayIndex(toDayNumber(2026, 1, 4))).toBe(6); // Sunday
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
  });

  it.each([
    ["2026-01-01", "2026-W01"],
    ["2025-12-29", "2026-W01"],
    ["2026-12-31", "2026-W53"],
    ["2027-01-03", "2026-W53"],
    ["2027-01-04", "2027-W01"],
    ["2021-01-03", "2020-W53"],
    ["2024-12-30", "2025-W01"],
  ])("ISO week of %s is %s", (date, expected) => {
    expect(formatIsoWeek(isoWeek(parseIsoDate(date) ?? NaN))).toBe(expected);
  });

  it("counts 52 or 53 ISO weeks", () => {
    expect(isoWeeksInYear(2026)).toBe(53);
    expect(isoWeeksInYear(2020)).toBe(53);
    expect(isoWeeksInYear(2025)).toBe(52);
  });

  it("does not depend on the host time zone", () => {
    // Only integer arithmetic is used; the same inputs give the same outputs under any TZ.
    expect(formatIsoDate(toDayNumber(2026, 3, 29) + 1)).toBe("2026-03-30");
  });
});
