// Navigation rules without rendering: normalisation (D5/D6), destination precedence (D2/D7), link
// resolution (§4.6), touch-target enlargement with the midpoint rule (§4.4) and outline levels (§4.5).
import { describe, expect, it } from "vitest";
import { DiagnosticSink } from "@/lib/templates/sink";
import type { NamedDestination } from "@/lib/templates/types";
import { RENDER_SINK } from "../errors";
import { buildDestinations, pageTargetOf } from "./destinations";
import { enlargeLinks, resolveLinks, type ResolvedLink } from "./links";
import { buildOutline } from "./outline";

const anchor = (id: string, page = 1, y = 100) => ({ page, id, x: 10, y, widgetId: `w_${id}`, path: "widgets[0]" });
/** A navigation.named_destinations entry as the validator hands it over (defaults filled in). */
const named = (id: string, page: number): NamedDestination => ({ id, page, x: 0, y: 0, fit: "FitH" });

describe("destinations", () => {
  it("normalises ids, lets anchors win over named destinations and reports duplicates", () => {
    const sink = new DiagnosticSink(RENDER_SINK);
    const d = buildDestinations(
      [anchor(" Home:Index "), anchor("home:index", 2, 50)],
      [named("HOME:index", 1), named("far", 9)],
      3,
      600,
      false,
      sink,
    );
    expect(d.byName.get("home:index")).toEqual({ name: "home:index", page: 2, fit: "FitH", left: 10, top: 550 });
    expect(d.byName.has("far")).toBe(false);
    expect(sink.list.map((x) => x.code).sort()).toEqual(["dangling_link", "duplicate_destination", "duplicate_destination"]);
  });

  it("makes a named destination that disagrees with an anchor an error in strict mode (§2.9)", () => {
    const other = [named("a", 2)];
    const lax = new DiagnosticSink(RENDER_SINK);
    buildDestinations([anchor("a")], other, 2, 600, false, lax);
    expect(lax.list.map((d) => `${d.code}:${d.severity}:${d.path}`)).toEqual([
      "duplicate_destination:warning:navigation.named_destinations[0].id",
    ]);
    const strict = new DiagnosticSink(RENDER_SINK);
    const d = buildDestinations([anchor("a")], other, 2, 600, true, strict);
    expect(strict.list.map((x) => `${x.code}:${x.severity}`)).toEqual(["duplicate_destination:error"]);
    expect(d.byName.get("a")?.page).toBe(1);
  });

  it("matches page names case-insensitively", () => {
    expect(pageTargetOf("page_12")).toBe(12);
    expect(pageTargetOf("Page3".toLowerCase())).toBe(3);
    expect(pageTargetOf("pages")).toBeUndefined();
  });
});

describe("link resolution", () => {
  const dests = buildDestinations([anchor("day:2026-01-01")], [], 2, 600, false, new DiagnosticSink(RENDER_SINK));
  const req = (target: string, kind: "explicit" | "generated" = "explicit") => ({
    page: 1,
    rect: { x: 0, y: 0, width: 50, height: 50 },
    target,
    kind,
    widgetId: "w",
    widgetType: "internal_link",
    path: "widgets[1]",
  });

  it("suppresses empty targets, drops dangling ones by kind and resolves the rest", () => {
    const sink = new DiagnosticSink(RENDER_SINK);
    const out = resolveLinks(
      [req("Day:2026-01-01"), req("day:"), req("{date_next}"), req("nope"), req("nope2", "generated"), req("PAGE_2")],
      dests,
      false,
      sink,
    );
    expect(out.map((l) => l.dest)).toEqual(["day:2026-01-01", "Page_2"]);
    expect(sink.list.map((d) => `${d.code}:${d.severity}`)).toEqual([
      "link_suppressed:info",
      "link_suppressed:info",
      "link_dropped:info",
      "dangling_link:warning",
    ]);
  });

  it("reports a dangling link with page, widget type and id, label, target and a hint; the first 20, then a count (§4.6)", () => {
    const sink = new DiagnosticSink(RENDER_SINK);
    const labelled = { ...req("notes:page:007"), page: 2, widgetId: "nav", label: " Notes " };
    resolveLinks(
      [labelled, ...Array.from({ length: 22 }, (_, i) => ({ ...req(`gone:${i}`), widgetType: "tap_zone" }))],
      dests,
      false,
      sink,
    );
    const dangling = sink.list.filter((d) => d.code === "dangling_link");
    expect(dangling).toHaveLength(21);
    expect(dangling[0]).toMatchObject({
      severity: "warning",
      page: 2,
      widget_id: "nav",
      message:
        'page 2: internal_link "nav" labelled "Notes" links to "notes:page:007", which is not defined on any page (the default notes bind: add a notes section with enough pages, or bind the link to another kind)',
    });
    expect(dangling[1]?.message).toBe('page 1: tap_zone "w" links to "gone:0", which is not defined on any page');
    expect(dangling[20]).toMatchObject({ severity: "warning", path: "(root)", message: "and 3 more dangling links not listed" });
  });

  it("makes dangling explicit links errors in strict mode", () => {
    const sink = new DiagnosticSink(RENDER_SINK);
    resolveLinks([req("nope")], dests, true, sink);
    expect(sink.hasErrors()).toBe(true);
  });
});

describe("touch targets", () => {
  const link = (x: number, y: number, w: number, h: number, id: string): ResolvedLink => ({
    page: 1,
    nominal: { x, y, width: w, height: h },
    rect: { x, y, width: w, height: h },
    dest: "d",
    widgetId: id,
    path: "p",
  });

  it("grows small links centred, clamps to the page and splits gaps at the midpoint", () => {
    const a = link(100, 100, 20, 20, "a");
    const b = link(124, 100, 20, 20, "b");
    const edge = link(0, 0, 10, 10, "edge");
    const short = enlargeLinks([a, b, edge], 30, { width: 300, height: 300 });
    expect(a.rect).toEqual({ x: 95, y: 95, width: 27, height: 30 });
    expect(b.rect).toEqual({ x: 122, y: 95, width: 27, height: 30 });
    expect(edge.rect).toEqual({ x: 0, y: 0, width: 20, height: 20 });
    expect([...short].sort()).toEqual(["a", "b", "edge"]);
  });

  it("splits the gap at the midpoint when only the grown rectangles would overlap", () => {
    // a grows 17 pt per side and b 2 pt: neither reaches the other's nominal rectangle, but the
    // grown rectangles would share x 126–127; the 110–128 gap is split at 119 (b already stops at 126).
    const a = link(100, 100, 10, 10, "a");
    const b = link(128, 100, 40, 40, "b");
    enlargeLinks([a, b], 44, { width: 300, height: 300 });
    expect(a.rect).toEqual({ x: 83, y: 83, width: 36, height: 44 });
    expect(b.rect).toEqual({ x: 126, y: 98, width: 44, height: 44 });
  });

  it("leaves links that are large enough alone", () => {
    const big = link(10, 10, 60, 40, "big");
    expect(enlargeLinks([big], 30, { width: 300, height: 300 }).size).toBe(0);
    expect(big.rect).toEqual(big.nominal);
  });
});

describe("outline", () => {
  it("nests by level, clamps jumps and drops unknown destinations", () => {
    const sink = new DiagnosticSink(RENDER_SINK);
    const dests = buildDestinations([anchor("a"), anchor("b"), anchor("c")], [], 1, 600, false, sink);
    const tree = buildOutline(
      [
        { title: "A", dest: "a", level: 1 },
        { title: "B", dest: "b", level: 3 },
        { title: "X", dest: "missing", level: 2 },
        { title: "C {page}/{total_pages}", dest: "c", level: 2 },
        { title: "P", dest: "Page_1", level: 1 },
      ],
      dests,
      false,
      sink,
      (t, page) => t.replace("{page}", String(page)).replace("{total_pages}", "1"),
    );
    expect(tree).toEqual([
      {
        title: "A",
        dest: "a",
        children: [
          { title: "B", dest: "b", children: [] },
          { title: "C 1/1", dest: "c", children: [] },
        ],
      },
      { title: "P", dest: "Page_1", children: [] },
    ]);
    expect(sink.list.filter((d) => d.code === "outline_invalid")).toHaveLength(2);
  });

  it("moves the children of a dropped entry up one level, with one diagnostic for the drop", () => {
    const sink = new DiagnosticSink(RENDER_SINK);
    const dests = buildDestinations(
      ["a", "s", "s1", "x1", "x2", "y1"].map((id) => anchor(id)),
      [],
      1,
      600,
      false,
      sink,
    );
    const tree = buildOutline(
      [
        { title: "A", dest: "a", level: 1 },
        { title: "S", dest: "s", level: 2 },
        { title: "S1", dest: "s1", level: 3 },
        { title: "X", dest: "missing", level: 2 },
        { title: "X1", dest: "x1", level: 3 },
        { title: "X2", dest: "x2", level: 4 },
        { title: "Y", dest: "missing", level: 1 },
        { title: "Y1", dest: "y1", level: 2 },
      ],
      dests,
      false,
      sink,
      (t) => t,
    );
    const leaf = (title: string, dest: string, children: unknown[] = []) => ({ title, dest, children });
    expect(tree).toEqual([leaf("A", "a", [leaf("S", "s", [leaf("S1", "s1")]), leaf("X1", "x1", [leaf("X2", "x2")])]), leaf("Y1", "y1")]);
    expect(sink.list.map((d) => `${d.code}:${d.path}`)).toEqual([
      "outline_invalid:navigation.outlines[3].dest",
      "outline_invalid:navigation.outlines[6].dest",
    ]);
  });
});
