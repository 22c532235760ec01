import { describe, expect, it } from "vitest";
import { parseYaml } from "./yaml";
import { parseTemplate } from "./validate";

const value = (src: string) => {
  const r = parseYaml(src);
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r.value;
};

describe("parseYaml (§2.1)", () => {
  it("uses the core schema: no timestamps, quoted numbers stay strings", () => {
    expect(value('a: 2026-01-01\nb: 1.0\nc: "1.0"\nd: yes\ne: true\nf: ~\n')).toEqual({
      a: "2026-01-01",
      b: 1,
      c: "1.0",
      d: "yes",
      e: true,
      f: null,
    });
  });
  it("allows merge keys and aliases", () => {
    expect(value("base: &b {x: 1, y: 2}\nitem:\n  <<: *b\n  y: 3\n")).toEqual({ base: { x: 1, y: 2 }, item: { x: 1, y: 3 } });
  });
  it("ignores a byte-order mark", () => {
    expect(value("\uFEFFa: 1\n")).toEqual({ a: 1 });
  });
  it("rejects custom tags with a line number", () => {
    const r = parseYaml("a: 1\nb: !js/function x\n");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics[0]).toMatchObject({ severity: "error", code: "schema", path: "(root)", line: 2 });
  });
  it("reports syntax errors with line and column", () => {
    const r = parseYaml("a: [1, 2\nb: 3\n");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.diagnostics[0]?.message).toMatch(/^invalid YAML: /);
      expect(r.diagnostics[0]?.line).toBeGreaterThan(0);
    }
  });
  it("rejects duplicate keys and multiple documents", () => {
    expect(parseYaml("a: 1\na: 2\n").ok).toBe(false);
    const multi = parseYaml("a: 1\n---\nb: 2\n");
    expect(multi.ok ? undefined : multi.diagnostics[0]?.message).toBe("must contain exactly one YAML document");
  });
});

describe("hard limits", () => {
  it("rejects a billion-laughs alias bomb quickly", () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      lines.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(",")}]`);
    }
    const started = performance.now();
    const r = parseYaml(lines.join("\n"));
    expect(performance.now() - started).toBeLessThan(500);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.diagnostics).toEqual([
        expect.objectContaining({
          code: "limit",
          severity: "error",
          path: "(root)",
          message: "YAML aliases expand to more than 10000 nodes",
        }),
      ]);
  });
  it("allows aliases below the limit", () => {
    const src = `a: &a [${Array(99).fill("1").join(",")}]\nb: [${Array(100).fill("*a").join(",")}]\n`;
    expect(parseYaml(src).ok).toBe(true); // 100 aliases × 100 nodes = 10,000
    const over = `a: &a [${Array(100).fill("1").join(",")}]\nb: [${Array(100).fill("*a").join(",")}]\n`;
    expect(parseYaml(over).ok).toBe(false);
  });
  it("rejects nesting deeper than 64, including through aliases", () => {
    const nested = (n: number) => "[".repeat(n) + "]".repeat(n);
    expect(parseYaml(nested(64)).ok).toBe(true);
    const deep = parseYaml(nested(65));
    expect(deep.ok ? undefined : deep.diagnostics[0]).toMatchObject({ code: "limit", message: "nesting depth exceeds limit of 64" });
    const huge = parseYaml(nested(100_000));
    expect(huge.ok ? undefined : huge.diagnostics[0]?.code).toBe("limit");
    const viaAlias = `a: &a ${nested(40)}\nb: ${"[".repeat(30)}*a${"]".repeat(30)}\n`;
    expect(parseYaml(viaAlias).ok).toBe(false);
  });
  it("rejects input above 32 MiB before parsing", () => {
    const big = "#".repeat(32 * 1024 * 1024 + 1);
    const started = performance.now();
    const r = parseYaml(big);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(r.ok ? undefined : r.diagnostics[0]).toMatchObject({ code: "limit", message: "input is larger than the limit of 32 MiB" });
    expect(parseYaml("é".repeat(20), { maxInputBytes: 30 }).ok).toBe(false);
    expect(parseYaml("é".repeat(15), { maxInputBytes: 30 }).ok).toBe(true);
  });
  it("rejects more than 250,000 widgets, counting link_list items", () => {
    const doc = { schema_version: "1.0", widgets: [{ type: "link_list", properties: { labels: Array(10).fill("a") } }, {}] };
    const r = parseTemplate(doc, { limits: { maxWidgets: 11 } });
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ code: "limit", path: "widgets", message: "document has 12 widgets, exceeds limit of 11" }),
    ]);
  });
});

describe("source positions", () => {
  it("maps nested paths, quoted keys and missing keys to lines", () => {
    const src = [
      'schema_version: "1.0"',
      "metadata:",
      "  name: a",
      "  category: b",
      "  created: x",
      "  profile: remarkable-2",
      "canvas:",
      "  dimensions: {width: 100, height: 100, margins: [0, 0, 0, 0]}",
      "masters:",
      "  - id: m",
      "    widgets:",
      "      - id: w",
      "        type: box",
      "        position: {x: 0, y: 0, width: 10}",
      '"odd key": 1',
    ].join("\n");
    const r = parseTemplate(src);
    expect(r.diagnostics.find((d) => d.path === "masters[0].widgets[0].position.height")).toMatchObject({
      line: 14,
      message: "is required",
    });
    expect(r.diagnostics.find((d) => d.path === '["odd key"]')).toMatchObject({ code: "unknown_key", line: 15, column: 1 });
  });
});
