// Static widget keys are copied onto every page as JSON would copy them, and never shared between pages.
import { describe, expect, it } from "vitest";
import { compileProject } from "./compile";
import { compileYaml, widgetsOf } from "@/tests/helpers/project-compile";

const PLAN = "  sections:\n    - {kind: p, master: m, generate: count, count: 2}";
const opts = { strict: false, maxPages: 100 };

function project(widget: Record<string, unknown>): Record<string, unknown> {
  return {
    metadata: { name: "Copies" },
    masters: [{ name: "m", widgets: [widget] }],
    plan: { sections: [{ kind: "p", master: "m", generate: "count", count: 2 }] },
  };
}

describe("static widget keys", () => {
  it("gives each page its own copy", () => {
    const r = compileYaml(`metadata: {name: Copies}
masters:
  - name: m
    widgets:
      - {id: b, type: box, position: {x: 1, y: 2, width: 3, height: 4}, styling: {line_width: 2}, extra: [1, {a: 2}]}
plan:
${PLAN}
`);
    const [a, b] = widgetsOf(r) as unknown as Record<string, unknown>[];
    expect(a?.position).toEqual({ x: 1, y: 2, width: 3, height: 4 });
    expect(a?.position).not.toBe(b?.position);
    expect(a?.styling).not.toBe(b?.styling);
    expect(a?.extra).toEqual([1, { a: 2 }]);
    expect(a?.extra).not.toBe(b?.extra);
  });

  it("copies values the way JSON does (NaN → null, -0 → 0, undefined dropped)", () => {
    const r = compileProject(
      project({ id: "b", type: "box", position: { x: Number.NaN, y: -0, width: 3, height: 4 }, z_order: undefined, extra: [undefined] }),
      opts,
    );
    const w = widgetsOf(r)[1] as unknown as Record<string, unknown>;
    expect(w.position).toEqual({ x: null, y: 0, width: 3, height: 4 });
    expect(Object.is((w.position as { y: number }).y, 0)).toBe(true);
    expect("z_order" in w).toBe(false);
    expect(w.extra).toEqual([null]);
  });

  it("keeps an own __proto__ key as JSON.parse does", () => {
    const extra = JSON.parse('{"__proto__": {"polluted": 1}, "ok": 2}') as unknown;
    const r = compileProject(project({ id: "b", type: "box", position: { x: 1, y: 2, width: 3, height: 4 }, extra }), opts);
    const w = widgetsOf(r)[1] as unknown as Record<string, Record<string, unknown>>;
    expect(Object.hasOwn(w.extra ?? {}, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(w.extra)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
