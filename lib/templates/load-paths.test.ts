import { describe, expect, it } from "vitest";
import { loadDocument } from "@/lib/templates/load";

// A two-day project whose day master uses a font below remarkable-2's minimum (10 pt).
const project = `
metadata: {name: Paths, category: planner, device_profile: remarkable-2, created_at: "2026-01-01T00:00:00Z"}
masters:
  - name: day
    widgets:
      - {id: a, type: anchor, position: {x: 32, y: 32, width: 10, height: 10}, properties: {dest_id: "day:{date}"}}
      - {id: title, type: text_block, position: {x: 32, y: 32, width: 300, height: 30}, content: "{date_long}", styling: {size: 6}}
plan:
  calendar: {start_date: "2026-03-01", end_date: "2026-03-02"}
  order: [days]
  sections:
    - {kind: days, master: day, generate: each_day}
`;

describe("diagnostics of compiled projects", () => {
  it("point into the source master with the page instance, not into the compiled template", () => {
    const loaded = loadDocument(project, { strict: false, maxPages: 1000 });
    const fonts = loaded.diagnostics.filter((d) => d.code === "constraint_font");
    expect(fonts).toHaveLength(2);
    for (const d of fonts) expect(d.path).toMatch(/^masters\["day"\]\.widgets\[1\]\.styling\.size \[page \d/);
    expect(loaded.template).toBeDefined();
  });

  it("strict mode refuses the same project, naming the master", () => {
    const loaded = loadDocument(project, { strict: true, maxPages: 1000 });
    expect(loaded.template).toBeUndefined();
    expect(loaded.diagnostics.find((d) => d.severity === "error")?.path).toMatch(/^masters\["day"\]\.widgets\[1\]/);
  });
});
