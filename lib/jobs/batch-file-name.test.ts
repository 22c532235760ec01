import { describe, expect, it } from "vitest";
import { batchEntryBase } from "./batch-file-name";

describe("batch ZIP entry names", () => {
  it.each([
    ["remarkable-2", null, "remarkable-2"],
    [null, null, "default"],
    ["remarkable-2", { year: 2027, name: "Anna" }, "remarkable-2 2027 Anna"],
    ["kindle-scribe", { who: "a/b\\c:d*e?" }, "kindle-scribe a_b_c_d_e_"],
    ["remarkable-2", { note: "x".repeat(300) }, `remarkable-2 ${"x".repeat(100 - 13)}`],
    ["remarkable-2", { on: true, empty: "" }, "remarkable-2 true"],
  ] as const)("%s %j → %s", (profile, variables, name) => {
    expect(batchEntryBase(profile, variables)).toBe(name);
  });
});
