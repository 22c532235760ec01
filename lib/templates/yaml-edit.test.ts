// The canvas's YAML edits keep every byte they do not change: property tests over the gallery's
// templates and projects (block and flow widgets, comments), plus the shapes the gallery lacks.
import fc from "fast-check";
import { parseDocument } from "yaml";
import { describe, expect, it } from "vitest";
import { listExamples, REFERENCE_DATE } from "@/lib/examples";
import { readWidgetDocument } from "./widget-geometry";
import { appendItem, parseForEdit, removeItems, setValues, type YamlPath } from "./yaml-edit";

// Pinned, so dated examples render the same every year.
const examples = listExamples(REFERENCE_DATE);

const gallery = examples.map((e) => ({ id: e.id, yaml: e.yaml }));
const FIELDS = ["x", "y", "width", "height"] as const;

function rangeOf(text: string, path: YamlPath): [number, number] {
  const node = parseForEdit(text).getIn(path, true) as { range: [number, number, number] };
  return [node.range[0], node.range[1]];
}

describe("setValues", () => {
  for (const example of gallery) {
    it(`rewrites only the changed number in ${example.id}`, () => {
      const doc = readWidgetDocument(example.yaml);
      expect(doc).not.toBeNull();
      const movable = doc!.widgets.filter((w) => w.position);
      expect(movable.length).toBeGreaterThan(0);
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: movable.length - 1 }),
          fc.constantFrom(...FIELDS),
          fc.double({ min: 0, max: 2000, noNaN: true }),
          (i, field, value) => {
            const path = [...movable[i]!.path, "position", field];
            const [from, to] = rangeOf(example.yaml, path);
            const out = setValues(example.yaml, [{ path, value }]);
            const rounded = Math.round(value * 100) / 100;
            expect(parseDocument(out).getIn(path)).toBe(rounded);
            // Every byte before and after the number is the author's.
            expect(out.slice(0, from)).toBe(example.yaml.slice(0, from));
            const tail = example.yaml.length - to;
            expect(out.slice(out.length - tail)).toBe(example.yaml.slice(to));
          },
        ),
        { numRuns: 60 },
      );
    });
  }

  it("keeps comments, key order and flow style, and adds missing keys in the map's own style", () => {
    const yaml = [
      "# my planner",
      "widgets:",
      "  - id: title # the heading",
      "    type: text_block",
      "    position: { x: 10, y: 20, width: 100, height: 30 } # top left",
      "  - { id: b, type: box, position: { x: 1, y: 2, width: 3, height: 4 } }",
      "",
    ].join("\n");
    const moved = setValues(yaml, [
      { path: ["widgets", 0, "position", "x"], value: 15.5 },
      { path: ["widgets", 0, "styling", "size"], value: 14 },
      { path: ["widgets", 1, "z_order"], value: 2 },
      { path: ["widgets", 1, "content"], value: "Hello: world" },
    ]);
    expect(moved).toBe(
      [
        "# my planner",
        "widgets:",
        "  - id: title # the heading",
        "    type: text_block",
        "    position: { x: 15.5, y: 20, width: 100, height: 30 } # top left",
        "    styling: { size: 14 }",
        '  - { id: b, type: box, position: { x: 1, y: 2, width: 3, height: 4 }, z_order: 2, content: "Hello: world" }',
        "",
      ].join("\n"),
    );
  });
});

describe("removeItems and appendItem", () => {
  for (const example of gallery) {
    it(`removes one widget of ${example.id} as one contiguous cut and appends one at the end`, () => {
      const doc = readWidgetDocument(example.yaml)!;
      fc.assert(
        fc.property(fc.integer({ min: 0, max: doc.widgets.length - 1 }), (i) => {
          const w = doc.widgets[i]!;
          const out = removeItems(example.yaml, [w.path]);
          const after = readWidgetDocument(out)!;
          expect(after.widgets.length).toBe(doc.widgets.length - 1);
          expect(after.widgets.map((x) => x.id)).not.toContain(undefined);
          // The result is the original with one span taken out.
          let start = 0;
          while (out[start] === example.yaml[start]) start++;
          const removed = example.yaml.length - out.length;
          expect(example.yaml.slice(start + removed)).toBe(out.slice(start));
        }),
        { numRuns: 20 },
      );
      const list = doc.widgets[0]!.path.slice(0, -1);
      const added = appendItem(example.yaml, list, { id: "new_box", type: "box", position: { x: 1, y: 2, width: 3, height: 4 } });
      // The original with one span put in.
      let start = 0;
      while (added[start] === example.yaml[start]) start++;
      expect(added.slice(start + added.length - example.yaml.length)).toBe(example.yaml.slice(start));
      const widgets = readWidgetDocument(added)!.widgets;
      expect(widgets.find((x) => x.id === "new_box")?.position).toEqual({ x: 1, y: 2, width: 3, height: 4 });
    });
  }

  it("handles flow lists and a missing list", () => {
    expect(removeItems("widgets: [a, b, c]\n", [["widgets", 1]])).toBe("widgets: [a, c]\n");
    expect(removeItems("widgets: [a, b, c]\n", [["widgets", 2]])).toBe("widgets: [a, b]\n");
    expect(appendItem("widgets: []\n", ["widgets"], { id: "x" })).toBe("widgets: [{ id: x }]\n");
    expect(appendItem("name: n\n", ["widgets"], { id: "x" })).toBe("name: n\nwidgets: [{ id: x }]\n");
  });
});
