// §10.6 year-planner scenario: the §6.6 recipe compiled for 2026.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { daysInMonth, pad } from "../tokens/dates";
import { substituteRenderTokens } from "../tokens/render-tokens";
import { normalizeDestination } from "../tokens/targets";
import { parseTemplate } from "../validate";
import { byId, compileYaml, destinationsOf, errorsOf, widgetsOf, type W } from "@/tests/helpers/project-compile";

const YEAR = readFileSync(fileURLToPath(new URL("./fixtures/year-2026.yaml", import.meta.url)), "utf8");

/** Day links a monthly calendar would create: its month's days whose `link_template` target exists. */
function calendarDayLinks(w: W, dests: ReadonlySet<string>): number {
  const p = w.properties ?? {};
  const [y, m] = String(p.start_date).split("-").map(Number);
  let links = 0;
  for (let d = 1; d <= daysInMonth(y ?? 0, m ?? 0); d++) {
    const date = `${y}-${pad(m ?? 0, 2)}-${pad(d, 2)}`;
    const t = substituteRenderTokens(
      String(p.link_template),
      { page: w.page, totalPages: 378, vars: { date } },
      { path: "", strict: true },
    );
    if (dests.has(normalizeDestination(t.text))) links++;
  }
  return links;
}

describe("year planner 2026 (§6.6, §10.6)", () => {
  const r = compileYaml(YEAR, { strict: true });
  const dests = new Set(destinationsOf(r).map((d) => d.id));

  it("yields 1 + 12 + 365 = 378 pages with no error in strict mode", () => {
    expect(errorsOf(r)).toEqual([]);
    expect(r.pageCount).toBe(378);
  });

  it("compiles to a template the validator accepts in strict mode", () => {
    const v = parseTemplate(r.template, { strict: true });
    expect(v.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(v.pageCount).toBe(378);
  });

  it("defines the year, month and day destinations", () => {
    for (const id of ["year:2026", "month:2026-01", "month:2026-12", "day:2026-01-01", "day:2026-12-31"]) expect(dests.has(id)).toBe(true);
    expect(dests.size).toBe(378);
  });

  it("gives the February calendar 28 day links and December's 31", () => {
    const feb = byId(r, "page_3_grid");
    const dec = byId(r, "page_13_grid");
    expect(feb?.properties?.start_date).toBe("2026-02-01");
    expect(calendarDayLinks(feb as W, dests)).toBe(28);
    expect(calendarDayLinks(dec as W, dests)).toBe(31);
  });

  it("links months across the year boundary only where a page exists", () => {
    expect(byId(r, "page_2_prev")?.properties?.to_dest).toBeUndefined();
    expect(byId(r, "page_2_next")?.properties?.to_dest).toBe("month:2026-02");
    expect(byId(r, "page_13_next")?.properties?.to_dest).toBeUndefined();
    expect(byId(r, "page_378_month")?.properties?.to_dest).toBe("month:2026-12");
    const links = widgetsOf(r).filter((w) => w.type === "internal_link" && w.properties?.to_dest);
    expect(links.every((w) => dests.has(String(w.properties?.to_dest)))).toBe(true);
  });
});
