// §3.3 text layout: greedy wrapping, character breaking, em-block centring and top alignment on
// overflow (D27), horizontal alignment.
import { describe, expect, it } from "vitest";
import { textWidth } from "./metrics";
import { placeLines, wrapText, type TextStyle } from "./text-layout";

const font = { name: "Helvetica", strict: false };
const style = (over: Partial<TextStyle> = {}): TextStyle => ({
  font,
  size: 10,
  color: "#000000",
  align: "left",
  lineHeight: 1.2,
  underline: false,
  underlineMin: 0.75,
  ...over,
});

describe("text layout", () => {
  it("wraps greedily at spaces and keeps paragraphs", () => {
    const w = textWidth("Helvetica", "Helvetica", 10, "alpha beta");
    expect(wrapText("alpha beta gamma\ndelta", font, 10, w + 0.01)).toEqual(["alpha beta", "gamma", "delta"]);
  });

  it("breaks a word wider than the line between characters", () => {
    const w = textWidth("Helvetica", "Helvetica", 10, "abcd");
    const lines = wrapText("abcdefghij", font, 10, w + 0.01);
    expect(lines.join("")).toBe("abcdefghij");
    expect(lines[0]).toBe("abcd");
  });

  it("centres a single line on the em block: baseline at (h + size) / 2", () => {
    const { lines, overflow } = placeLines(["x"], style(), 100, 40);
    expect(overflow).toBe(false);
    expect(lines[0]?.baseline).toBeCloseTo(25);
  });

  it("top-aligns an overflowing block (first baseline at size)", () => {
    const { lines, overflow } = placeLines(["a", "b", "c", "d"], style(), 100, 20);
    expect(overflow).toBe(true);
    expect(lines.map((l) => l.baseline)).toEqual([10, 22, 34, 46]);
  });

  it("aligns lines right and centre by their advance width", () => {
    const width = textWidth("Helvetica", "Helvetica", 10, "abc");
    expect(placeLines(["abc"], style({ align: "right" }), 100, 20).lines[0]?.x).toBeCloseTo(100 - width);
    expect(placeLines(["abc"], style({ align: "center" }), 100, 20).lines[0]?.x).toBeCloseTo((100 - width) / 2);
  });
});
