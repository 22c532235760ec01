import { describe, expect, it } from "vitest";
import { groupWarnings } from "./group-warnings";

describe("groupWarnings", () => {
  it("folds repeats of one message into a count with the pages they are on", () => {
    const short = (page: number) => ({ message: "link hit area is below 28 pt", path: "widgets[5]", page });
    const groups = groupWarnings([
      ...[1, 2, 3, 4, 5, 6].map(short),
      { message: "image not found: asset:logo.png", path: "widgets[2]", page: 9, line: 14 },
      short(7),
    ]);
    expect(groups).toEqual([
      { message: "link hit area is below 28 pt", count: 7, where: "pages 1–7" },
      { message: "image not found: asset:logo.png", count: 1, where: "page 9: widgets[2], line 14" },
    ]);
  });

  it("names a few pages, or counts them when they are spread out", () => {
    const on = (pages: number[]) => groupWarnings(pages.map((page) => ({ message: "m", page })))[0]?.where;
    expect(on([3, 3])).toBe("page 3");
    expect(on([8, 2, 5])).toBe("pages 2, 5 and 8");
    expect(on([1, 2, 40, 41, 90])).toBe("5 pages between 1 and 90");
    expect(
      groupWarnings([
        { message: "m", path: "a" },
        { message: "m", path: "b" },
      ])[0]?.where,
    ).toBe("first at a");
  });
});
