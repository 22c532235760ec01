import { describe, expect, it } from "vitest";
import { at, baseDoc, check, problems, widget } from "@/tests/helpers/template-checks";
import { parseTemplate } from "./validate";
import { formatDiagnostic } from "./diagnostics";

describe("top-level document (§2.2)", () => {
  it("accepts the minimal document with defaults filled", () => {
    const r = check(baseDoc());
    expect(problems(r.diagnostics)).toEqual([]);
    expect(r.template?.export).toEqual({
      modes: ["flattened"],
      default_mode: "flattened",
      pdf_version: "1.6",
      page_box: "MediaBox",
      linearized: false,
    });
    expect(r.template?.metadata).toMatchObject({ description: "", version: "1.0", author: "", locale: "en" });
    expect(r.template?.navigation).toEqual({ named_destinations: [], outlines: [], links: [] });
    expect(r.pageCount).toBe(1);
  });

  it("rejects a non-mapping root", () => {
    for (const src of ["- a\n- b\n", "42\n", ""]) {
      const r = parseTemplate(src);
      expect(r.diagnostics).toEqual([
        expect.objectContaining({ severity: "error", code: "schema", path: "(root)", message: "must be a mapping" }),
      ]);
    }
  });

  it("requires schema_version, metadata and canvas", () => {
    const r = check({});
    expect(problems(r.diagnostics)).toEqual(
      expect.arrayContaining([
        { severity: "error", code: "schema", path: "schema_version" },
        { severity: "error", code: "schema", path: "metadata" },
        { severity: "error", code: "schema", path: "canvas" },
      ]),
    );
    expect(r.template).toBeUndefined();
  });

  it('schema_version: only "1.0"; unquoted 1.0 is deprecated (D32)', () => {
    const bad = check(baseDoc([], { schema_version: 2 }));
    expect(at(bad.diagnostics, "schema_version")).toMatchObject({
      severity: "error",
      code: "schema",
      message: 'must be the string "1.0" (got 2)',
    });
    const src =
      'schema_version: 1.0\nmetadata: {name: a, category: b, created: "2026-01-01", profile: remarkable-2}\ncanvas: {dimensions: {width: 100, height: 100, margins: [0, 0, 0, 0]}}\n';
    const d32 = parseTemplate(src);
    expect(d32.template?.schema_version).toBe("1.0");
    expect(at(d32.diagnostics, "schema_version")).toMatchObject({ severity: "warning", code: "deprecated", line: 1 });
    expect(at(check(baseDoc([], { schema_version: "1.1" })).diagnostics, "schema_version")?.severity).toBe("error");
  });

  it("warns about unknown keys at every level and ignores them", () => {
    const doc = baseDoc([widget("box", { colour: 1, styling: { colour: "#000" }, properties: { radius: 2 } })], { extra: 1 });
    (doc.metadata as Record<string, unknown>).tags = [];
    const r = check(doc);
    expect(problems(r.diagnostics)).toEqual([
      { severity: "warning", code: "unknown_key", path: "metadata.tags" },
      { severity: "warning", code: "unknown_key", path: "widgets[0].colour" },
      { severity: "warning", code: "unknown_key", path: "widgets[0].styling.colour" },
      { severity: "warning", code: "unknown_key", path: "widgets[0].properties.radius" },
      { severity: "warning", code: "unknown_key", path: "extra" },
    ]);
    expect(r.template).toBeDefined();
  });

  it("accepts editor-only keys silently", () => {
    const r = check(
      baseDoc([
        widget("lines", { properties: { grid_spacing: 5, column_guides: [] } }),
        widget("tap_zone", { id: "t", properties: { outline: true } }),
      ]),
    );
    expect(problems(r.diagnostics)).toEqual([]);
  });
});

describe("metadata (§2.3)", () => {
  const meta = (m: Record<string, unknown>) =>
    baseDoc([], { metadata: { name: "a", category: "b", created: "2026-01-01", profile: "remarkable-2", ...m } });
  it.each([
    ["name", "", "must be at least 1 characters"],
    ["name", "x".repeat(101), "must be at most 100 characters"],
    ["description", "x".repeat(501), "must be at most 500 characters"],
    ["category", "x".repeat(51), "must be at most 50 characters"],
    ["version", "1", "must match"],
    ["author", "x".repeat(101), "must be at most 100 characters"],
    ["created", "", "must be at least 1 characters"],
    ["locale", "e", "must be at least 2 characters"],
  ])("%s = %j is an error", (key, value, message) => {
    const d = at(check(meta({ [key]: value })).diagnostics, `metadata.${key}`);
    expect(d).toMatchObject({ severity: "error", code: "schema" });
    expect(d?.message).toContain(message);
  });
  it("accepts boundary values", () => {
    const r = check(
      meta({ name: "x".repeat(100), description: "x".repeat(500), category: "x".repeat(50), version: "1.2.3", locale: "ko-KR" }),
    );
    expect(problems(r.diagnostics)).toEqual([]);
  });
  it("fills a missing profile with the default and warns", () => {
    const r = check(meta({ profile: undefined }));
    expect(at(r.diagnostics, "metadata.profile")).toMatchObject({ severity: "warning", code: "schema" });
    expect(r.template?.metadata.profile).toBe("boox-note-air-4c");
    expect(check(meta({ profile: "  " })).template?.metadata.profile).toBe("boox-note-air-4c");
  });
  it("rejects an unknown profile, accepts a dotted one (D25)", () => {
    expect(at(check(meta({ profile: "nope" })).diagnostics, "metadata.profile")).toMatchObject({
      severity: "error",
      code: "schema",
      message: 'unknown device profile "nope"',
    });
    expect(problems(check(meta({ profile: "boox-go-10.3" })).diagnostics)).toEqual([]);
  });
  it("resolves the legacy profile alias with a deprecated warning (§7.2)", () => {
    const r = check(meta({ profile: "boox-tab-ultra-c" }));
    expect(problems(r.diagnostics)).toEqual([{ severity: "warning", code: "deprecated", path: "metadata.profile" }]);
    expect(r.template).toBeDefined();
  });
  it("notes a created value that is not ISO-8601", () => {
    expect(at(check(meta({ created: "yesterday" })).diagnostics, "metadata.created")).toMatchObject({ severity: "info", code: "lint" });
    expect(at(check(meta({ created: "2026-03-01T09:00:00Z" })).diagnostics, "metadata.created")).toBeUndefined();
  });
});

describe("canvas (§2.4) and export (§2.6)", () => {
  const canvas = (c: Record<string, unknown>, dims: Record<string, unknown> = {}) =>
    baseDoc([], { canvas: { dimensions: { width: 100, height: 100, margins: [0, 0, 0, 0], ...dims }, ...c } });
  it("validates dimensions", () => {
    expect(at(check(canvas({}, { width: 0 })).diagnostics, "canvas.dimensions.width")?.message).toBe("must be > 0 (got 0)");
    expect(problems(check(canvas({}, { margins: [0, 0, 0] })).diagnostics)).toEqual([
      { severity: "error", code: "schema", path: "canvas.dimensions.margins[3]" },
    ]);
    expect(at(check(canvas({}, { margins: [0, -1, 0, 0] })).diagnostics, "canvas.dimensions.margins[1]")?.message).toBe(
      "must be >= 0 (got -1)",
    );
    expect(check(canvas({}, { width: "12.5" })).template?.canvas.dimensions.width).toBe(12.5);
  });
  it("validates coordinate_system, background, grid_size", () => {
    expect(at(check(canvas({ coordinate_system: "bottom_left" })).diagnostics, "canvas.coordinate_system")?.severity).toBe("error");
    expect(at(check(canvas({ background: "red" })).diagnostics, "canvas.background")?.severity).toBe("error");
    expect(at(check(canvas({ grid_size: 51 })).diagnostics, "canvas.grid_size")?.message).toBe("must be <= 50 (got 51)");
    expect(at(check(canvas({ grid_size: 0 })).diagnostics, "canvas.grid_size")?.message).toBe("must be > 0 (got 0)");
    expect(check(canvas({ grid_size: 50, background: "#abc" })).template?.canvas).toMatchObject({ grid_size: 50, background: "#AABBCC" });
  });
  it("rejects NaN and infinities", () => {
    const src =
      'schema_version: "1.0"\nmetadata: {name: a, category: b, created: x, profile: remarkable-2}\ncanvas:\n  dimensions: {width: .inf, height: .nan, margins: [0, 0, 0, 0]}\n';
    const r = parseTemplate(src);
    expect(at(r.diagnostics, "canvas.dimensions.width")).toMatchObject({
      severity: "error",
      message: "must be a finite number (got .inf)",
      line: 4,
    });
    expect(at(r.diagnostics, "canvas.dimensions.height")?.message).toBe("must be a finite number (got .nan)");
  });
  it("validates export", () => {
    expect(at(check(baseDoc([], { export: { pdf_version: "1.7" } })).diagnostics, "export.pdf_version")?.severity).toBe("error");
    expect(at(check(baseDoc([], { export: { modes: ["interactive"] } })).diagnostics, "export.default_mode")).toMatchObject({
      severity: "warning",
    });
    expect(at(check(baseDoc([], { export: { linearized: true } })).diagnostics, "export.linearized")).toMatchObject({
      severity: "warning",
    });
    expect(at(check(baseDoc([], { export: { page_box: "CropBox" } })).diagnostics, "export.page_box")?.severity).toBe("error");
    expect(check(baseDoc([], { export: { pdf_version: 1.6, page_box: "TrimBox" } })).template?.export.page_box).toBe("TrimBox");
  });
});

describe("ids, masters, page assignments, page count", () => {
  it("reports duplicate widget ids with the first use", () => {
    const r = check(baseDoc([widget("box", { id: "title" }), widget("box", { id: "title" })]));
    expect(at(r.diagnostics, "widgets[1].id")).toMatchObject({
      severity: "error",
      code: "duplicate_id",
      message: 'duplicate id "title" (first used at widgets[0].id)',
    });
  });
  it("master widget ids are unique within a master only (D15)", () => {
    const masters = [
      { id: "m1", widgets: [widget("box", { id: "a" }), widget("box", { id: "a" })] },
      { id: "m2", widgets: [widget("box", { id: "a" })] },
    ];
    const r = check(baseDoc([widget("box", { id: "a" })], { masters, page_assignments: [{ page: 1, master_id: "m2" }] }));
    expect(problems(r.diagnostics)).toEqual([{ severity: "error", code: "duplicate_id", path: "masters[0].widgets[1].id" }]);
  });
  it("validates master ids and assignments", () => {
    const masters = [
      { id: "m", widgets: [] },
      { id: "m", widgets: [] },
      { id: "bad id", widgets: [] },
    ];
    const page_assignments = [
      { page: 2, master_id: "m" },
      { page: 2, master_id: "m" },
      { page: 3, master_id: "zz" },
      { page: 0, master_id: "m" },
    ];
    const r = check(baseDoc([], { masters, page_assignments }));
    expect(problems(r.diagnostics)).toEqual(
      expect.arrayContaining([
        { severity: "error", code: "duplicate_id", path: "masters[1].id" },
        { severity: "error", code: "schema", path: "masters[2].id" },
        { severity: "error", code: "schema", path: "page_assignments[1].page" },
        { severity: "error", code: "schema", path: "page_assignments[2].master_id" },
        { severity: "error", code: "schema", path: "page_assignments[3].page" },
      ]),
    );
  });
  it("counts pages from widgets and assignments (§2.8)", () => {
    const r = check(
      baseDoc([widget("box", { page: 3 })], { masters: [{ id: "m", widgets: [] }], page_assignments: [{ page: 5, master_id: "m" }] }),
    );
    expect(r.pageCount).toBe(5);
    expect(check(baseDoc()).pageCount).toBe(1);
  });
  it("enforces the page limit before validating widgets, with the exact message", () => {
    const r = check(baseDoc([widget("box", { page: 1500, position: "garbage" })]), { maxPages: 1000 });
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ code: "page_limit", severity: "error", message: "PDF has 1500 pages, exceeds limit of 1000" }),
    ]);
    const own = check(baseDoc([widget("box", { page: 20 })], { max_pages: 10 }), { maxPages: 1000 });
    expect(own.diagnostics[0]?.message).toBe("PDF has 20 pages, exceeds limit of 10");
    const higher = check(baseDoc([widget("box", { page: 20 })], { max_pages: 5000 }), { maxPages: 10 });
    expect(higher.diagnostics[0]?.message).toBe("PDF has 20 pages, exceeds limit of 10");
  });
  it("warns about rectangles off the page", () => {
    const r = check(baseDoc([widget("box", { position: { x: 400, y: 10, width: 100, height: 10 } })]));
    expect(at(r.diagnostics, "widgets[0].position")).toMatchObject({ severity: "warning", code: "off_page", widget_id: "w_box", page: 1 });
    expect(r.template).toBeDefined();
  });
  it("navigation.links must name an existing widget", () => {
    const r = check(
      baseDoc([widget("box")], {
        navigation: {
          links: [
            { from_widget: "nope", to_dest: "x" },
            { from_widget: "w_box", to_dest: "x", padding: 21 },
          ],
        },
      }),
    );
    expect(problems(r.diagnostics)).toEqual([
      { severity: "error", code: "schema", path: "navigation.links[0].from_widget" },
      { severity: "error", code: "schema", path: "navigation.links[1].padding" },
    ]);
  });
});

describe("diagnostics", () => {
  it("reports every problem together, each with its line", () => {
    const src = [
      'schema_version: "1.0"',
      "metadata: {name: a, category: b, created: x, profile: remarkable-2}",
      "canvas: {dimensions: {width: 100, height: 100, margins: [0, 0, 0, 0]}}",
      "widgets:",
      "  - id: a",
      "    type: box",
      "    position: {x: 0, y: 0, width: 0, height: 10}",
      "  - id: b",
      "    type: text_block",
      "    position: {x: -1, y: 0, width: 10, height: 10}",
      "  - id: c",
      "    type: grid",
      "    position: {x: 0, y: 0, width: 10, height: 10}",
    ].join("\n");
    const r = parseTemplate(src);
    expect(r.diagnostics.filter((d) => d.severity === "error").map(formatDiagnostic)).toEqual([
      "widgets[0].position.width: must be > 0 (got 0) (line 7)",
      "widgets[1].position.x: must be >= 0 (got -1) (line 10)",
      'widgets[2].type: unsupported widget type "grid" (legacy compile-time composite; use table, calendar or link_list) (line 12)',
    ]);
  });
  it("never puts an error on an empty path", () => {
    const r = check({ widgets: "x", masters: 3 });
    expect(r.diagnostics.every((d) => d.path.length > 0)).toBe(true);
  });
});
