import { describe, expect, it } from "vitest";
import { plural } from "./plural";

describe("plural", () => {
  it.each([
    [0, "0 pages"],
    [1, "1 page"],
    [2, "2 pages"],
    [1240, "1,240 pages"],
  ])("%i → %s", (n, text) => expect(plural(n, "page")).toBe(text));
  it("takes an irregular plural", () => expect(plural(3, "entry", "entries")).toBe("3 entries"));
});
