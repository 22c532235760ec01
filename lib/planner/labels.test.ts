import { describe, expect, it } from "vitest";
import { toDayNumber } from "@/lib/templates/tokens/dates";
import { dateLabel } from "./labels";

describe("day page date labels", () => {
  it.each([
    ["pl", "14 marca 2026"],
    ["uk", "14 березня 2026"],
    ["ru", "14 марта 2026"],
    ["de", "14 März 2026"],
    ["en", "March 14, 2026"],
  ] as const)("%s: %s (the month declined after the day number)", (locale, label) => {
    expect(dateLabel(locale, toDayNumber(2026, 3, 14))).toBe(label);
  });
});
