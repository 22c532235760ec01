import { describe, expect, it } from "vitest";
import { at, baseDoc, check, problems } from "@/tests/helpers/template-checks";

const nav = (navigation: unknown) => check(baseDoc([], { navigation }));

describe("navigation (§4.2, §4.3, §4.5)", () => {
  it("fills named destination defaults", () => {
    const r = nav({ named_destinations: [{ id: "Day:{date}" }] });
    expect(r.template?.navigation.named_destinations).toEqual([{ id: "Day:{date}", page: 1, x: 0, y: 0, fit: "FitH" }]);
  });
  it.each([
    [{ named_destinations: [{ id: "a b" }] }, "navigation.named_destinations[0].id"],
    [{ named_destinations: [{ id: "a", page: 0 }] }, "navigation.named_destinations[0].page"],
    [{ named_destinations: [{ id: "a", x: -1 }] }, "navigation.named_destinations[0].x"],
    [{ named_destinations: [{ id: "a", fit: "FitB" }] }, "navigation.named_destinations[0].fit"],
    [{ outlines: [{ title: "", dest: "a" }] }, "navigation.outlines[0].title"],
    [{ outlines: [{ title: "x".repeat(101), dest: "a" }] }, "navigation.outlines[0].title"],
    [{ outlines: [{ title: "t", dest: "a", level: 5 }] }, "navigation.outlines[0].level"],
    [{ outlines: [{ title: "t" }] }, "navigation.outlines[0].dest"],
    [{ links: [{ to_dest: "x" }] }, "navigation.links[0].from_widget"],
  ])("%j is a schema error at %s", (navigation, path) => {
    expect(at(nav(navigation).diagnostics, path)).toMatchObject({ severity: "error", code: "schema" });
  });
  it("accepts boundaries and fills outline and link defaults", () => {
    const r = check(
      baseDoc([{ id: "w", type: "box", position: { x: 0, y: 0, width: 1, height: 1 } }], {
        navigation: {
          named_destinations: [{ id: "a", page: 10000, fit: "XYZ" }],
          outlines: [
            { title: "x".repeat(100), dest: "a", level: 4 },
            { title: "t", dest: "a" },
          ],
          links: [
            { from_widget: "w", to_dest: "a" },
            { from_widget: "w", to_dest: "a", padding: 20 },
          ],
        },
      }),
    );
    expect(problems(r.diagnostics)).toEqual([]);
    expect(r.template?.navigation.outlines[1]).toEqual({ title: "t", dest: "a", level: 1 });
    expect(r.template?.navigation.links.map((l) => l.padding)).toEqual([6, 20]);
  });
  it("treats an empty navigation mapping as empty", () => {
    expect(nav(null).template?.navigation).toEqual({ named_destinations: [], outlines: [], links: [] });
    expect(at(nav("x").diagnostics, "navigation")?.severity).toBe("error");
  });
});
