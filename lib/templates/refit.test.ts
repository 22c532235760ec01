import { describe, expect, it } from "vitest";
import { cornellNotes } from "@/lib/examples/cornell-notes";
import { inspectDocument } from "@/lib/templates/inspect";
import { getProfile, profilePageSize } from "@/lib/templates/profiles";
import { documentCanvas, refitDocument, sameSize } from "./refit";

const boox = profilePageSize(getProfile("boox-note-air-4c-landscape")!);

describe("documentCanvas / refitDocument", () => {
  it("reads a template's canvas and sees it differs from a landscape device", () => {
    const canvas = documentCanvas(cornellNotes)!;
    expect(canvas).toEqual({ width: 447.3, height: 596.4 });
    expect(sameSize(canvas, boox)).toBe(false);
  });

  it("re-fits the canvas to the device and scales widget boxes, and the result still renders", () => {
    const out = refitDocument(cornellNotes, boox)!;
    expect(sameSize(documentCanvas(out)!, boox)).toBe(true);
    const result = inspectDocument(out, { profile: "boox-note-air-4c-landscape", strict: false, maxPages: 5 });
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    // The cue column started at x = 36 on a 447.3-pt page; it keeps its share of the width.
    expect(out).toContain(`x: ${Math.round(36 * (boox.width / 447.3) * 10) / 10}`);
  });

  it("keeps comments, key order and flow style: only the changed numbers are rewritten", () => {
    const commented = `# my planner, hand-tuned
${cornellNotes.replace(/^widgets:$/m, "widgets: # the page's boxes")}`;
    expect(commented).toContain("# the page's boxes");
    const out = refitDocument(commented, boox)!;
    expect(out).toContain("# my planner, hand-tuned\n");
    expect(out).toContain("widgets: # the page's boxes");
    expect(sameSize(documentCanvas(out)!, boox)).toBe(true);
    // Every line that holds no position or canvas number is byte-for-byte the same, in the same order.
    const keep = (t: string) => t.split("\n").filter((l) => !/\b(x|y|width|height):/.test(l));
    expect(keep(out)).toEqual(keep(commented));
    expect(out.split("\n").length).toBe(commented.split("\n").length);
  });

  it("re-fits a project's masters in place", () => {
    const project = `default_canvas:
  dimensions: {width: 400, height: 600} # small page
masters:
  - name: day # one per date
    widgets:
      - {id: t, type: text_block, position: {x: 40, y: 60, width: 200, height: 30}, content: "{date}"}
`;
    const out = refitDocument(project, { width: 800, height: 300 })!;
    expect(out).toBe(`default_canvas:
  dimensions: {width: 800, height: 300} # small page
masters:
  - name: day # one per date
    widgets:
      - {id: t, type: text_block, position: {x: 80, y: 30, width: 400, height: 15}, content: "{date}"}
`);
  });

  it("leaves documents without a canvas alone", () => {
    expect(documentCanvas("metadata: {name: x}")).toBeUndefined();
    expect(refitDocument("metadata: {name: x}", boox)).toBeUndefined();
  });
});
