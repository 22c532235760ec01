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

  it("leaves documents without a canvas alone", () => {
    expect(documentCanvas("metadata: {name: x}")).toBeUndefined();
    expect(refitDocument("metadata: {name: x}", boox)).toBeUndefined();
  });
});
