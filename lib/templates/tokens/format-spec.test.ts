import { describe, expect, it } from "vitest";
import { formatValue, parseFormatSpec, valueToString } from "./format-spec";

const fmt = (v: string | number | boolean | null, spec: string) => formatValue(v, spec).text;

describe("format specs (§5.3, D10)", () => {
  it.each([
    [7, "03d", "007"],
    [5, ">2", " 5"],
    [0.42, ".1%", "42.0%"],
    ["x", ">10", "         x"],
    ["ab", "*^6", "**ab**"],
    ["ab", "^5", " ab  "],
    [-5, "05d", "-0005"],
    [-5, "=+6", "-    5"],
    [5, "+d", "+5"],
    [5, " d", " 5"],
    [1234567, ",d", "1,234,567"],
    [1234567, "_d", "1_234_567"],
    [255, "x", "ff"],
    [255, "X", "FF"],
    [255, "#>6X", "####FF"],
    [3.14159, ".2f", "3.14"],
    [2, "f", "2.000000"],
    [1234.5, ".2e", "1.23e+03"],
    [1234.5, ",.1f", "1,234.5"],
    ["05", "d", "5"],
    ["05", "03d", "005"],
    [3.14159, ".3", "3.14"],
    ["abcdef", ".3", "abc"],
    ["abc", "s", "abc"],
    [12, "", "12"],
    [12, "<4", "12  "],
    ["ab", "05", "ab000"],
    // Zero padding goes inside the grouping, as in Python ("0,001,234" is one wider than asked).
    [1234, "08,d", "0,001,234"],
    [-1234, "09_d", "-0_001_234"],
    [1234.5, "010,.1f", "0,001,234.5"],
    // General format with a precision switches to exponent notation below 1e-4, as in Python.
    [0.00001234, ".2", "1.2e-05"],
    [0.0001234, ".2", "0.00012"],
  ])("%j with %j → %j", (value, spec, expected) => {
    expect(fmt(value, spec)).toBe(expected);
  });

  it("prints whole numbers without a point, floats in shortest form, booleans lower-case", () => {
    expect(valueToString(3)).toBe("3");
    expect(valueToString(2.5)).toBe("2.5");
    expect(valueToString(0.1 + 0.2)).toBe("0.30000000000000004");
    expect(valueToString(true)).toBe("true");
    expect(valueToString(null)).toBe("");
  });

  it("reports values that cannot take an integer or float type and prints them unformatted", () => {
    const r = formatValue("abc", "03d");
    expect(r.ok).toBe(false);
    expect(r.text).toBe("abc");
    expect(formatValue(2.5, "d").ok).toBe(false);
    expect(formatValue("x", ".2f").ok).toBe(false);
  });

  it("reports over-large widths and precisions instead of throwing or building huge strings", () => {
    for (const spec of [".101f", ".200", ".150e", "1000001d"]) {
      const r = formatValue(7, spec);
      expect(r).toMatchObject({ ok: false, text: "7" });
      expect(r.ok ? "" : r.message).toContain("too large");
    }
    expect(fmt(1, ".100f")).toHaveLength(102);
  });

  it("rejects text that is not a spec", () => {
    expect(parseFormatSpec("zz")).toBeUndefined();
    expect(formatValue(1, "zz").ok).toBe(false);
    expect(parseFormatSpec("0>5")).toMatchObject({ fill: "0", align: ">", width: 5 });
  });
});
