// Sample pictures follow the clock: the gallery's dated examples and the builder's theme pictures are
// for the year (and month) of `now`, so the cache key moves with it and no picture shows last year.
import { describe, expect, it } from "vitest";
import { defaultPlannerStart } from "@/lib/planner/default-start";
import { examplePicture, THEME_PICTURES, themePicture } from "./catalog";
import { samplePictureKey } from "./pictures";

const MAY_2031 = new Date(Date.UTC(2031, 4, 10));
const NOV_2031 = new Date(Date.UTC(2031, 10, 2));

describe("sample pictures follow the clock", () => {
  it("gallery: the year planner and month calendar are for the injected date", () => {
    const year = examplePicture("year-planner", 1, MAY_2031);
    expect(year?.at).toEqual({ page: 1, destination: "year:2031" });
    expect(year?.yaml).toContain("2031-01-01");
    expect(year?.yaml).not.toContain("2026");
    expect(examplePicture("year-planner", 2, MAY_2031)?.at.destination).toBe("month:2031-05");
    expect(examplePicture("year-planner", 3, MAY_2031)?.at.destination).toBe("week:2031-w19");
    expect(examplePicture("year-planner", 4, MAY_2031)?.at.destination).toBe("day:2031-05-10");
    expect(examplePicture("monthly-calendar", 1, MAY_2031)?.yaml).toContain('start_date: "2031-05"');
    // From October the gallery offers next year's planner, as the builder does; the calendar stays on this month.
    expect(examplePicture("year-planner", 1, NOV_2031)?.at.destination).toBe("year:2032");
    expect(examplePicture("year-planner", 4, NOV_2031)?.at.destination).toBe("day:2032-11-02");
    expect(examplePicture("monthly-calendar", 1, NOV_2031)?.yaml).toContain('start_date: "2031-11"');
    // Another year is another picture.
    const next = examplePicture("year-planner", 1, new Date(Date.UTC(2032, 0, 1)));
    expect(samplePictureKey(next?.yaml ?? "", next!.at, 240)).not.toBe(samplePictureKey(year?.yaml ?? "", year!.at, 240));
  });

  it("builder: defaults start in January of this year, of next year from October", () => {
    expect(defaultPlannerStart(MAY_2031)).toBe("2031-01");
    expect(defaultPlannerStart(NOV_2031)).toBe("2032-01");
    expect(themePicture("tabbed", 1, "remarkable-2", MAY_2031)?.yaml).toContain("2031");
    expect(themePicture("tabbed", 1, "remarkable-2", NOV_2031)?.yaml).toContain("January 2032");
  });

  it("has a month, week and day picture per theme and nothing past them", () => {
    expect(THEME_PICTURES.map((p) => p.page)).toEqual(["month", "week", "day"]);
    expect(themePicture("classic", 4, "remarkable-2")).toBeUndefined();
    expect(examplePicture("cornell-notes", 2)).toBeUndefined();
    expect(examplePicture("nope", 1)).toBeUndefined();
  });

  it("keys pictures by template hash, page and width only", () => {
    expect(samplePictureKey("a: 1", { page: 2 }, 240)).toMatch(/^samples\/[0-9a-f]{32}-p2-240\.png$/);
    expect(samplePictureKey("a: 1", { page: 1, destination: "Day:2031-05-10" }, 960)).toMatch(/-d_day_2031-05-10-960\.png$/);
    expect(samplePictureKey("a: 2", { page: 2 }, 240)).not.toBe(samplePictureKey("a: 1", { page: 2 }, 240));
  });
});
