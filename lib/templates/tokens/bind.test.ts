import { describe, expect, it } from "vitest";
import { parseBind, resolveBind } from "./bind";
import { recordLookup } from "./substitute";

const lookup = recordLookup({ year: 2026, month_padded: "02", n: 7, date_next: "", date: "2026-02-06", big: 1234 });
const bind = (e: string) => {
  const b = parseBind(e);
  if (!b) throw new Error(`invalid ${e}`);
  return resolveBind(b, lookup);
};

describe("bind expressions (§5.8)", () => {
  it.each([
    ["notes(@n)", "notes:page:007"],
    ["notes(@big)", "notes:page:1234"],
    ["year(@year)", "year:2026"],
    ["month(@year-@month_padded)", "month:2026-02"],
    ["day({date})", "day:2026-02-06"],
    ["project(@n)#meeting", "project:7:meeting"],
    ["@date", "2026-02-06"],
    ["home:index", "home:index"],
    ["month:{year}-{month_padded}", "month:2026-02"],
  ])("%s → %s", (expr, target) => {
    expect(bind(expr)).toMatchObject({ target, suppressed: false });
  });

  it("suppresses the link when a variable is empty or undefined (D8)", () => {
    expect(bind("day(@date_next)")).toMatchObject({ target: undefined, suppressed: true });
    expect(bind("day(@nothing)")).toMatchObject({ suppressed: true });
    expect(bind("day:{date_next}")).toMatchObject({ suppressed: true });
  });

  it("rejects invalid syntax before substitution", () => {
    expect(parseBind("day(@date_next")).toBeUndefined();
    expect(parseBind("Not A Dest!")).toBeUndefined();
    expect(parseBind("day(@date_next)")).toEqual({ kind: "call", fn: "day", arg: "@date_next", suffix: undefined });
  });
});
