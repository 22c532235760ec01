import { describe, expect, it } from "vitest";
import { forReaders } from "./for-readers";

describe("forReaders", () => {
  it.each([
    ["yaml_content: the template is empty", "The template is empty"],
    [
      "Template is invalid: (root): metadata is required; widgets[0].id: is required",
      "Template is invalid: metadata is required; widgets[0].id: is required",
    ],
    ["file: the image is larger than 10 MB", "The image is larger than 10 MB"],
    ["Project not found", "Project not found"],
    ['holidays.country: no holiday data for "ZZ"', 'Country code: no holiday data for "ZZ"'],
    ["planner.calendar.url: must be an https URL", "Calendar URL: must be an https URL"],
  ])("%s → %s", (input, expected) => expect(forReaders(input)).toBe(expected));
});
