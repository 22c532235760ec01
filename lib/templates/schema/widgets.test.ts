import { describe, expect, it } from "vitest";
import { at, baseDoc, check, problems, widget } from "@/tests/helpers/template-checks";
import type { WidgetOf } from "../types";

const one = (type: string, extra: Record<string, unknown> = {}, strict = false) => check(baseDoc([widget(type, extra)]), { strict });
const errorAt = (type: string, extra: Record<string, unknown>, path: string) => at(one(type, extra).diagnostics, `widgets[0].${path}`);
const parsed = <T extends Parameters<typeof checkType>[0]>(type: T, extra: Record<string, unknown> = {}) => checkType(type, extra);
function checkType<
  T extends
    | "text_block"
    | "checkbox"
    | "box"
    | "lines"
    | "dot_grid"
    | "image"
    | "table"
    | "anchor"
    | "internal_link"
    | "tap_zone"
    | "calendar"
    | "day_list"
    | "link_list",
>(type: T, extra: Record<string, unknown>): WidgetOf<T> {
  const r = one(type, extra);
  expect(problems(r.diagnostics)).toEqual([]);
  return r.template?.widgets[0] as WidgetOf<T>;
}

describe("common widget fields (§3.1, §2.5)", () => {
  it("fills defaults", () => {
    const w = parsed("text_block");
    expect(w).toMatchObject({ page: 1, z_order: 0, background_color: null, content: "", properties: { orientation: "horizontal" } });
    expect(w.styling).toMatchObject({ font: "Helvetica", size: 12, color: "#000000", text_align: "left", line_height: 1.2 });
    expect(w.authored).toEqual([]);
  });
  it.each([
    [{ id: "a b" }, "id"],
    [{ id: undefined }, "id"],
    [{ page: 0 }, "page"],
    [{ page: 1.5 }, "page"],
    [{ z_order: "x" }, "z_order"],
    [{ position: { x: 0, y: 0, width: 10 } }, "position.height"],
    [{ position: { x: 0, y: -0.1, width: 10, height: 10 } }, "position.y"],
    [{ position: { x: 0, y: 0, width: 10, height: 0 } }, "position.height"],
    [{ background_color: "blue" }, "background_color"],
  ])("%j is a schema error at %s", (extra, path) => {
    expect(errorAt("box", extra, path)).toMatchObject({ severity: "error", code: "schema" });
  });
  it("rejects unsupported and legacy types", () => {
    expect(errorAt("sparkle", {}, "type")?.message).toBe('unsupported widget type "sparkle"');
    for (const t of ["grid", "calendar_year", "calendar_month"])
      expect(errorAt(t, {}, "type")?.message).toContain("legacy compile-time composite");
  });
  it("coerces numeric strings and number content", () => {
    const w = parsed("text_block", { position: { x: "1", y: "2.5", width: "10", height: "1e1" }, content: 2026, page: "1" });
    expect(w.position).toEqual({ x: 1, y: 2.5, width: 10, height: 10 });
    expect(w.content).toBe("2026");
  });
  it("accepts none/transparent fills and #RGB", () => {
    expect(parsed("box", { background_color: "transparent" }).background_color).toBeNull();
    expect(parsed("box", { background_color: "#0f0" }).background_color).toBe("#00FF00");
  });
});

describe("styling (§3.4, §3.2, §3.19)", () => {
  it("uses per-type defaults", () => {
    expect(parsed("table", { properties: { rows: 1, columns: 1 } }).styling.size).toBe(10);
    expect(parsed("internal_link").styling.color).toBe("#0066CC");
    expect(parsed("checkbox").styling.fill_color).toBe("#FFFFFF");
    expect(parsed("box").styling.fill_color).toBeNull();
  });
  it("maps font_size/font_color with one deprecated warning per key", () => {
    const r = check(
      baseDoc([
        widget("text_block", { id: "a", styling: { font_size: 14, font_color: "#111111" } }),
        widget("text_block", { id: "b", styling: { font_size: 16 } }),
      ]),
    );
    expect(problems(r.diagnostics)).toEqual([
      { severity: "warning", code: "deprecated", path: "widgets[0].styling.font_size" },
      { severity: "warning", code: "deprecated", path: "widgets[0].styling.font_color" },
    ]);
    expect(r.template?.widgets.map((w) => w.styling.size)).toEqual([14, 16]);
    expect(r.template?.widgets[0]?.styling.color).toBe("#111111");
    expect(r.template?.widgets[0]?.authored).toEqual(["styling.size", "styling.color"]);
  });
  it("key wins over alias with a lint note", () => {
    const r = one("text_block", { styling: { size: 14, font_size: 20 } });
    expect(at(r.diagnostics, "widgets[0].styling.font_size")).toMatchObject({ severity: "info", code: "lint" });
    expect(r.template?.widgets[0]?.styling.size).toBe(14);
  });
  it("invalid styling colours: warning and default (non-strict), error (strict)", () => {
    const lax = one("box", { styling: { stroke_color: "red", fill_color: "#12345" } });
    expect(problems(lax.diagnostics)).toEqual([
      { severity: "warning", code: "schema", path: "widgets[0].styling.stroke_color" },
      { severity: "warning", code: "schema", path: "widgets[0].styling.fill_color" },
    ]);
    expect(lax.template?.widgets[0]?.styling).toMatchObject({ stroke_color: "#000000", fill_color: null });
    const strict = one("box", { styling: { stroke_color: "red" } }, true);
    expect(problems(strict.diagnostics)).toEqual([{ severity: "error", code: "schema", path: "widgets[0].styling.stroke_color" }]);
    expect(strict.template).toBeUndefined();
  });
  it("line_height below 0.8 reads as 0.8", () => {
    expect(parsed("text_block", { styling: { line_height: 0.5 } }).styling.line_height).toBe(0.8);
    expect(parsed("text_block", { styling: { line_height: 1.5 } }).styling.line_height).toBe(1.5);
  });
  it("line_width ranges per type", () => {
    expect(errorAt("box", { styling: { line_width: 10.5 } }, "styling.line_width")?.message).toBe("must be between 0 and 10 (got 10.5)");
    expect(errorAt("checkbox", { styling: { line_width: 0.05 } }, "styling.line_width")?.severity).toBe("error");
    expect(parsed("box", { styling: { line_width: 0 } }).styling.line_width).toBe(0);
    expect(parsed("checkbox", { styling: { line_width: 5 } }).styling.line_width).toBe(5);
    expect(errorAt("box", { styling: { text_align: "justify" } }, "styling.text_align")?.message).toBe(
      'must be one of left, center, right (got "justify")',
    );
  });
});

describe("orientation (§3.3)", () => {
  it("maps vertical to vertical_cw with one warning", () => {
    const r = check(
      baseDoc([
        widget("text_block", { id: "a", properties: { orientation: "vertical" } }),
        widget("internal_link", { id: "b", properties: { orientation: "vertical" } }),
      ]),
    );
    expect(problems(r.diagnostics)).toEqual([{ severity: "warning", code: "deprecated", path: "widgets[0].properties.orientation" }]);
    expect(r.template?.widgets.map((w) => (w.properties as { orientation: string }).orientation)).toEqual(["vertical_cw", "vertical_cw"]);
    expect(errorAt("text_block", { properties: { orientation: "diagonal" } }, "properties.orientation")?.severity).toBe("error");
  });
});

describe("simple widgets", () => {
  it("checkbox (§3.6)", () => {
    expect(parsed("checkbox").properties).toEqual({ checked: false, box_size: 12, orientation: "horizontal" });
    expect(parsed("checkbox", { properties: { box_size: 4 } }).properties.box_size).toBe(4);
    expect(errorAt("checkbox", { properties: { box_size: 3.9 } }, "properties.box_size")?.message).toBe("must be >= 4 (got 3.9)");
    expect(errorAt("checkbox", { properties: { box_size: 51 } }, "properties.box_size")?.message).toBe("must be <= 50 (got 51)");
  });
  it("box (§3.7)", () => {
    expect(parsed("box", { properties: { corner_radius: 50, opacity: 0 } }).properties).toEqual({ corner_radius: 50, opacity: 0 });
    expect(errorAt("box", { properties: { corner_radius: 51 } }, "properties.corner_radius")?.severity).toBe("error");
    expect(errorAt("box", { properties: { opacity: 1.1 } }, "properties.opacity")?.severity).toBe("error");
  });
  it("lines (§3.8)", () => {
    const w = parsed("lines");
    expect(w.properties).toMatchObject({
      line_spacing: 20,
      line_count: 10,
      line_thickness: 0.75,
      line_style: "solid",
      line_cap: "butt",
      columns: 1,
      column_gap: 20,
    });
    expect(w.properties.lines).toBeUndefined();
    const grid = one("lines", { properties: { line_style: "grid" } });
    expect(at(grid.diagnostics, "widgets[0].properties.line_style")).toMatchObject({ severity: "info", code: "lint" });
    expect(grid.template?.widgets[0]?.properties).toMatchObject({ line_style: "solid" });
    expect(parsed("lines", { properties: { lines: [{ x1: 0, y1: 0, x2: "5", y2: 5 }] } }).properties.lines).toEqual([
      { x1: 0, y1: 0, x2: 5, y2: 5 },
    ]);
    expect(errorAt("lines", { properties: { line_count: 1001 } }, "properties.line_count")?.severity).toBe("error");
    expect(errorAt("lines", { properties: { line_thickness: 0.09 } }, "properties.line_thickness")?.severity).toBe("error");
    expect(errorAt("lines", { properties: { columns: 11 } }, "properties.columns")?.severity).toBe("error");
    expect(errorAt("lines", { properties: { lines: [{ x1: 0 }] } }, "properties.lines[0].y1")?.message).toBe("is required");
  });
  it("dot_grid (§3.9) caps dot_size at half the cell", () => {
    expect(parsed("dot_grid", { properties: { grid_cell_size: 5, dot_size: 4 } }).properties.dot_size).toBe(2.5);
    expect(parsed("dot_grid").properties).toMatchObject({ grid_cell_size: 10, dot_size: 1.5, dot_shape: "round", dot_color: "#CCCCCC" });
    expect(errorAt("dot_grid", { properties: { grid_cell_size: 4 } }, "properties.grid_cell_size")?.severity).toBe("error");
    expect(errorAt("dot_grid", { properties: { dot_color: "grey" } }, "properties.dot_color")?.severity).toBe("error");
  });
  it("image (§3.10)", () => {
    expect(parsed("image", { properties: { image_src: "asset:x", max_image_px: 4 } }).properties).toEqual({
      image_src: "asset:x",
      image_fit: "fit",
      convert_to_grayscale: false,
      opacity: 1,
    });
    expect(errorAt("image", { properties: { image_fit: "cover" } }, "properties.image_fit")?.severity).toBe("error");
  });
  it("anchor (§3.12) requires dest_id", () => {
    expect(errorAt("anchor", {}, "properties.dest_id")?.message).toBe("is required");
    expect(parsed("anchor", { properties: { dest_id: "day:2026-01-01" } }).properties.dest_id).toBe("day:2026-01-01");
  });
  it("internal_link (§3.13) and tap_zone (§3.14)", () => {
    expect(parsed("internal_link", { properties: { to_dest: "x" } }).properties).toEqual({
      to_dest: "x",
      orientation: "horizontal",
      highlight: false,
      highlight_color: "#DBEAFE",
    });
    expect(parsed("tap_zone").properties).toEqual({ tap_action: "page_link" });
    expect(errorAt("tap_zone", { properties: { tap_action: "jump" } }, "properties.tap_action")?.severity).toBe("error");
  });
});

describe("table (§3.11)", () => {
  it("requires rows and columns within range", () => {
    expect(errorAt("table", {}, "properties.rows")?.message).toBe("is required");
    expect(errorAt("table", { properties: { rows: 101, columns: 1 } }, "properties.rows")?.severity).toBe("error");
    expect(errorAt("table", { properties: { rows: 1, columns: 21 } }, "properties.columns")?.severity).toBe("error");
    expect(parsed("table", { properties: { rows: 100, columns: 20 } }).properties.table_data).toHaveLength(101);
  });
  it("pads table_data, or fills the R{r}C{c} placeholder", () => {
    expect(parsed("table", { properties: { rows: 1, columns: 2 } }).properties.table_data).toEqual([
      ["R1C1", "R1C2"],
      ["R2C1", "R2C2"],
    ]);
    expect(
      parsed("table", { properties: { rows: 2, columns: 2, has_header: false, table_data: [["a", 1, "extra"], [null]] } }).properties
        .table_data,
    ).toEqual([
      ["a", "1"],
      ["", ""],
    ]);
  });
  it("column_widths length must equal columns", () => {
    expect(errorAt("table", { properties: { rows: 1, columns: 2, column_widths: [1] } }, "properties.column_widths")?.severity).toBe(
      "error",
    );
    expect(parsed("table", { properties: { rows: 1, columns: 2 } }).properties.column_widths).toEqual([1, 1]);
  });
});

describe("calendar (§3.15) and day_list (§3.16)", () => {
  it("requires start_date and fills defaults", () => {
    expect(errorAt("calendar", {}, "properties.start_date")?.message).toBe("is required");
    const w = parsed("calendar", { properties: { start_date: "2026-01" } });
    expect(w.properties).toMatchObject({
      calendar_type: "monthly",
      link_strategy: "none",
      link_template: "day:{date}",
      first_day_of_week: "monday",
      time_start_hour: 8,
      time_end_hour: 20,
    });
  });
  it("maps deprecated link strategies (§3.19)", () => {
    const r = check(
      baseDoc([
        widget("calendar", { id: "a", properties: { start_date: "2026-01", link_strategy: "template" } }),
        widget("calendar", { id: "b", properties: { start_date: "2026-01", link_strategy: "no_links" } }),
      ]),
    );
    expect(problems(r.diagnostics)).toEqual([
      { severity: "warning", code: "deprecated", path: "widgets[0].properties.link_strategy" },
      { severity: "warning", code: "deprecated", path: "widgets[1].properties.link_strategy" },
    ]);
    expect(r.template?.widgets.map((w) => (w.properties as { link_strategy: string }).link_strategy)).toEqual([
      "named_destinations",
      "none",
    ]);
  });
  it("first_day_of_week", () => {
    for (const v of [6, "sunday", "Sun"])
      expect(parsed("calendar", { properties: { start_date: "2026-01", first_day_of_week: v } }).properties.first_day_of_week).toBe(
        "sunday",
      );
    const odd = one("calendar", { properties: { start_date: "2026-01", first_day_of_week: 3 } });
    expect(at(odd.diagnostics, "widgets[0].properties.first_day_of_week")).toMatchObject({ severity: "info", code: "lint" });
    expect(parsed("day_list", { properties: { start_date: "2026-01", first_day_of_week: 0 } }).properties.first_day_of_week).toBe("sunday");
  });
  it("day_list: only monday selects Monday; any other value, mon included, means Sunday (§3.16)", () => {
    const start = (v: unknown) =>
      parsed("day_list", { properties: { start_date: "2026-01", first_day_of_week: v } }).properties.first_day_of_week;
    expect(start("monday")).toBe("monday");
    for (const v of ["mon", "tuesday", 1, "sunday"]) expect(start(v)).toBe("sunday");
  });
  it("custom_range needs an end_date not before start_date; hours must increase", () => {
    expect(
      errorAt("calendar", { properties: { start_date: "2026-01-10", calendar_type: "custom_range" } }, "properties.end_date")?.severity,
    ).toBe("error");
    expect(
      errorAt(
        "calendar",
        { properties: { start_date: "2026-01-10", end_date: "2026-01-09", calendar_type: "custom_range" } },
        "properties.end_date",
      )?.severity,
    ).toBe("error");
    expect(
      parsed("calendar", { properties: { start_date: "2026-01-10", end_date: "2026-01-10", calendar_type: "custom_range" } }).properties
        .end_date,
    ).toBe("2026-01-10");
    expect(
      errorAt("calendar", { properties: { start_date: "2026-01", time_start_hour: 9, time_end_hour: 9 } }, "properties.time_end_hour")
        ?.severity,
    ).toBe("error");
    expect(
      errorAt("calendar", { properties: { start_date: "2026-01", time_slot_minutes: 4 } }, "properties.time_slot_minutes")?.severity,
    ).toBe("error");
  });
  it("clamps force_weeks", () => {
    expect(parsed("calendar", { properties: { start_date: "2026-01", force_weeks: 9 } }).properties.force_weeks).toBe(6);
  });
  it("day_list link strategies", () => {
    const w = parsed("day_list", { properties: { start_date: "2026-02" } });
    expect(w.properties).toMatchObject({ link_strategy: "none", first_page_number: 2, row_height: 20 });
    expect(parsed("day_list", { properties: { start_date: "2026-02", link_strategy: "sequential_pages" } }).properties.link_strategy).toBe(
      "sequential_pages",
    );
    expect(
      errorAt("day_list", { properties: { start_date: "2026-02", link_strategy: "simple" } }, "properties.link_strategy")?.severity,
    ).toBe("error");
  });
});

describe("link_list (§3.17)", () => {
  it("labels and destinations must match", () => {
    expect(errorAt("link_list", { properties: { labels: ["a"], destinations: ["x", "y"] } }, "properties.destinations")?.severity).toBe(
      "error",
    );
    expect(errorAt("link_list", { properties: { labels: ["a"] } }, "properties.destinations")?.message).toBe("is required");
    expect(
      parsed("link_list", { properties: { labels: ["a"], destinations: ["x"], highlight_index: "{month}" } }).properties,
    ).toMatchObject({ columns: 1, highlight_index: "{month}", highlight_color: "#DBEAFE" });
  });
  it("takes expand: false (kept as one widget in a compiled project) and nothing but a boolean", () => {
    expect(parsed("link_list", { properties: { labels: ["a"], destinations: ["x"], expand: false } }).properties).toMatchObject({
      expand: false,
    });
    expect(errorAt("link_list", { properties: { labels: ["a"], destinations: ["x"], expand: "no" } }, "properties.expand")?.severity).toBe(
      "error",
    );
  });
  it("expands the legacy generator with a deprecated warning", () => {
    const r = one("link_list", { properties: { count: 2, start_index: 9 } });
    expect(problems(r.diagnostics)).toEqual([{ severity: "warning", code: "deprecated", path: "widgets[0].properties.count" }]);
    expect(r.template?.widgets[0]?.properties).toMatchObject({
      labels: ["Note 009", "Note 010"],
      destinations: ["notes:page:009", "notes:page:010"],
    });
    const custom = one("link_list", { properties: { count: 1, label_template: "Day {index}", bind: "day(@index)#top" } });
    expect(custom.template?.widgets[0]?.properties).toMatchObject({ labels: ["Day 1"], destinations: ["day:1:top"] });
  });
});
