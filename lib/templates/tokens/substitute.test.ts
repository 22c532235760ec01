import { describe, expect, it } from "vitest";
import { parseTokens, recordLookup, substitute, tokenNames } from "./substitute";
import { substituteRenderTokens } from "./render-tokens";
import { isSuppressedTarget, normalizeDestination, pageTargetNumber } from "./targets";

const vars = recordLookup({ year: 2026, month: 3, name: "Ann", empty: "", host: "example" });

describe("token syntax (§5.1)", () => {
  it("substitutes {name}, {name:spec}, @name and @name:spec", () => {
    expect(substitute("{year}-{month:02d}", vars).text).toBe("2026-03");
    expect(substitute("month(@year-@month:02d)", vars).text).toBe("month(2026-03)");
    expect(substitute("{name:>5}|", vars).text).toBe("  Ann|");
  });

  it("treats {{ and }} as literal braces and malformed braces as text", () => {
    expect(substitute("{{year}} {year}", vars).text).toBe("{year} 2026");
    expect(substitute("a { b } {x y}", vars).text).toBe("a { b } {x y}");
    expect(substitute("{{year}}", vars, { keepEscapes: true }).text).toBe("{{year}}");
  });

  it("replaces @name only when defined, so e-mail addresses survive", () => {
    expect(substitute("mail me@nowhere.org", vars).text).toBe("mail me@nowhere.org");
    expect(substitute("me@host", vars).text).toBe("meexample");
  });

  it("reports unresolved {x} and leaves it or empties it (D11)", () => {
    const kept = substitute("a{nope}b", vars, { unresolved: "keep" });
    expect(kept.text).toBe("a{nope}b");
    expect(kept.unresolved).toEqual(["{nope}"]);
    expect(substitute("a{nope}b", vars, { unresolved: "empty" }).text).toBe("ab");
  });

  it("defers render-time names and flags empty values", () => {
    const r = substitute("{page:03d}/{total_pages} {empty}", vars, { deferred: new Set(["page", "total_pages"]) });
    expect(r.text).toBe("{page:03d}/{total_pages} ");
    expect(r.usedEmpty).toBe(true);
  });

  it("escapes braces inside substituted values at compile time", () => {
    const r = substitute("{v}", recordLookup({ v: "{page}" }), { keepEscapes: true });
    expect(r.text).toBe("{{page}}");
  });

  it("lists token names and caches parses", () => {
    expect(tokenNames("{year}-@month {{x}}")).toEqual(["year", "month"]);
    expect(parseTokens("{a}")).toBe(parseTokens("{a}"));
  });
});

describe("render-time substitution for the renderer (§5.4 phase 2)", () => {
  it("resolves page tokens in both spellings and with specs", () => {
    const r = substituteRenderTokens(
      "{page:03d} of {TOTAL_PAGES} ({locale}) {{x}}",
      { page: 7, totalPages: 62, locale: "de" },
      { path: "widgets[3].content", strict: false },
    );
    expect(r.text).toBe("007 of 62 (de) {x}");
    expect(r.diagnostics).toEqual([]);
  });

  it("renders unresolved tokens empty with a path (warning, error in strict)", () => {
    const r = substituteRenderTokens("x{foo}y", { page: 1, totalPages: 1 }, { path: "widgets[2].content", strict: false, widgetId: "t" });
    expect(r.text).toBe("xy");
    expect(r.diagnostics).toEqual([
      {
        severity: "warning",
        code: "unresolved_token",
        path: "widgets[2].content",
        message: "unresolved token {foo} (rendered empty)",
        page: 1,
        widget_id: "t",
      },
    ]);
    const s = substituteRenderTokens("{foo}", { page: 1, totalPages: 1 }, { path: "p", strict: true });
    expect(s.diagnostics[0]?.severity).toBe("error");
  });

  it("accepts widget-local variables such as table cells", () => {
    const r = substituteRenderTokens(
      "notes:{row:02d}:{value}",
      { page: 2, totalPages: 5, vars: { row: 3, value: "x" } },
      { path: "p", strict: true },
    );
    expect(r.text).toBe("notes:03:x");
  });

  it("reports format errors with the spec", () => {
    const r = substituteRenderTokens("{v:d}", { page: 1, totalPages: 1, vars: { v: "abc" } }, { path: "p", strict: false });
    expect(r.text).toBe("abc");
    expect(r.diagnostics[0]).toMatchObject({ code: "schema", severity: "warning" });
  });
});

describe("link targets (§4.1, §4.6)", () => {
  it("normalises and classifies", () => {
    expect(normalizeDestination("  Home:Index ")).toBe("home:index");
    expect(isSuppressedTarget("")).toBe(true);
    expect(isSuppressedTarget("day:")).toBe(true);
    expect(isSuppressedTarget("day:{date_next}")).toBe(true);
    expect(isSuppressedTarget("day:2026-01-01")).toBe(false);
    expect(pageTargetNumber("Page_12")).toBe(12);
    expect(pageTargetNumber("page3")).toBe(3);
    expect(pageTargetNumber("pages")).toBeUndefined();
  });
});
