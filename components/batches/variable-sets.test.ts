import { describe, expect, it } from "vitest";
import { createBatchSchema } from "@/lib/jobs/batch-schema";
import { issuePath } from "@/lib/errors";
import { hasErrors, placeServerErrors, toVariableSets, type VariableSet } from "./variable-sets";

const set = (key: number, ...rows: [string, string][]): VariableSet => ({
  key,
  rows: rows.map(([name, value], i) => ({ key: i, name, value })),
});

describe("batch form variables", () => {
  it("turns the typed rows into the API's sets, skipping blank rows", () => {
    const { variables, errors } = toVariableSets([
      set(1, ["year", "2027"], ["name", " Anna "], ["", ""], ["zip", "01234"], ["rate", "-1.5"]),
      set(2, ["year", "2028"], ["v", "1e3"]),
    ]);
    // Plain numbers go as numbers (for format specs such as {year:04d}); anything else as typed.
    expect(variables).toEqual([
      { year: 2027, name: " Anna ", zip: "01234", rate: -1.5 },
      { year: 2028, v: "1e3" },
    ]);
    expect(hasErrors(errors)).toBe(false);
    expect(toVariableSets([]).variables).toBeUndefined();
  });

  it("names a value without a name, a name twice and an empty set", () => {
    const { errors } = toVariableSets([set(1, ["", "x"], ["year", "1"], ["year", "2"]), set(2, ["", ""])]);
    expect(errors.rows).toEqual({ "1:0": "Give this value a name", "1:2": "“year” is already in this set" });
    expect(errors.sets).toEqual({ 2: "Add a variable to this set, or remove the set" });
  });

  it("places the API's own validation errors on the row, the set and the fields they concern", () => {
    const sets = [set(7, ["page", "1"], ["ok", "x"]), set(9, ["a", "1"])];
    const parsed = createBatchSchema.safeParse({
      project_id: "cmabcdefghijklmnopqrstuvw",
      profiles: ["a"],
      variables: toVariableSets(sets).variables,
      webhook_url: "ftp://example.com",
    });
    const fieldErrors: Record<string, string> = {};
    // As authAction sends them: forReaders() starts each message with a capital.
    for (const issue of parsed.error!.issues)
      fieldErrors[issuePath(issue.path)] ??= issue.message.charAt(0).toUpperCase() + issue.message.slice(1);
    const errors = placeServerErrors(sets, { error: "Please fix the highlighted fields.", fieldErrors });
    expect(errors.rows).toEqual({ "7:0": "“page” is filled in when the PDF is drawn; choose another name" });
    expect(errors.webhook).toBe("Must be an https URL");
    expect(errors.form).toBeUndefined();
    // An address the server will not call is reported after parsing, as `webhook_url: …`.
    expect(placeServerErrors(sets, { error: "webhook_url: must not point at a private address" })).toMatchObject({
      webhook: "Must not point at a private address",
    });
    expect(placeServerErrors(sets, { error: "Quota exceeded" }).form).toBe("Quota exceeded");
  });
});
