import { describe, expect, it } from "vitest";
import { inspectDocument } from "@/lib/templates/inspect";
import { listProfiles } from "@/lib/templates/profiles";
import { starterTemplate } from "./starter";

describe("starterTemplate", () => {
  it.each(listProfiles().map((p) => p.id))("is a valid one-page template without warnings for %s", (id) => {
    const result = inspectDocument(starterTemplate(id, "Notes"), { profile: id, strict: true, maxPages: 10 });
    expect(result.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    expect(result.ok && result.pageCount).toBe(1);
  });

  it("keeps a name with quotes and colons as text", () => {
    const yaml = starterTemplate("remarkable-2", 'Ideas: "big" ones');
    const result = inspectDocument(yaml, { profile: "remarkable-2", strict: false, maxPages: 10 });
    expect(result.ok).toBe(true);
    expect(result.ok && result.title).toBe('Ideas: "big" ones');
  });
});
