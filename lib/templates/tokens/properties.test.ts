// Property-based checks of the token engine and date arithmetic.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatIsoDate, isoWeek, isoWeeksInYear, mondayOf, parseIsoDate, weekdayIndex } from "./dates";
import { formatValue } from "./format-spec";
import { recordLookup, substitute } from "./substitute";

const none = () => undefined;
const tokenish = fc.string({ unit: fc.constantFrom("{", "}", "@", "a", "b", ":", "0", ">", " ", "x", "-", "_") });

describe("token engine properties", () => {
  it("is the identity when nothing is defined and escapes and tokens are kept", () => {
    fc.assert(
      fc.property(tokenish, (s) => {
        expect(substitute(s, none, { keepEscapes: true, unresolved: "keep" }).text).toBe(s);
      }),
    );
  });

  it("round-trips any value through the compile phase and the render phase", () => {
    fc.assert(
      fc.property(fc.string(), (v) => {
        const compiled = substitute("<{v}>", recordLookup({ v }), { keepEscapes: true }).text;
        expect(substitute(compiled, none, { unresolved: "keep" }).text).toBe(`<${v}>`);
      }),
    );
  });

  it("never throws and pads to at least the requested width", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })),
        fc.integer({ min: 0, max: 30 }),
        fc.constantFrom("<", ">", "^"),
        (v, w, a) => {
          const r = formatValue(v, `${a}${w}`);
          expect([...r.text].length).toBeGreaterThanOrEqual(w);
        },
      ),
    );
  });
});

describe("date properties", () => {
  const dayNumber = fc.integer({ min: -50_000, max: 100_000 });

  it("formats and parses back", () => {
    // `dn + 0` turns a generated -0 into 0, which is what day numbers are.
    fc.assert(
      fc.property(dayNumber, (dn) => {
        expect(parseIsoDate(formatIsoDate(dn))).toBe(dn + 0);
      }),
    );
  });

  it("puts every day in an ISO week of its Monday, numbered within the year's week count", () => {
    fc.assert(
      fc.property(dayNumber, (dn) => {
        const w = isoWeek(dn);
        expect(weekdayIndex(mondayOf(dn))).toBe(0);
        expect(isoWeek(mondayOf(dn))).toEqual(w);
        expect(w.week).toBeGreaterThanOrEqual(1);
        expect(w.week).toBeLessThanOrEqual(isoWeeksInYear(w.isoYear));
      }),
    );
  });
});
