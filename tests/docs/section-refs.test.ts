// Every "§N.N" reference in the code and tests must name a heading of the template language reference
// (docs/template-language*), and every link between the reference's pages must land on a heading.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { resolveDocLink } from "@/lib/docs/markdown";
import { headingNumber, pageHref, sectionAnchor, sectionHref, TEMPLATE_LANGUAGE_PAGES, WIDGET_SECTIONS } from "@/lib/docs/sections";

const ROOT = path.resolve(__dirname, "../..");
// Code and tests, plus the scripts, benchmarks, Inngest wiring and the database schema that cite sections too.
const SCANNED = ["lib", "components", "app", "tests", "e2e", "scripts", "bench", "inngest", "prisma/schema.prisma"];
const TEXT_FILE = /\.(ts|tsx|mts|mjs|js|md|yaml|yml|json|prisma)$/;
// "§" followed by a number. References to the PDF standard (ISO 32000-1) in files that name it are
// three or more levels deep (§7.5.8.3); the reference's own headings are at most two (§5.7, §10.10).
const REF = /§\s?(\d+(?:\.\d+)*)/g;
const CITES_PDF_STANDARD = /32000/;
const isPdfStandardRef = (text: string, ref: string) => CITES_PDF_STANDARD.test(text) && ref.split(".").length >= 3;

function walk(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  if (statSync(dir).isFile()) return [...out, dir];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else if (TEXT_FILE.test(name)) out.push(full);
  }
  return out;
}

function headingsOf(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), "utf8");
  return [...text.matchAll(/^#{1,6} (.+)$/gm)].map((m) => headingNumber(m[1]!)).filter((n): n is string => n !== undefined);
}

const headings = new Map(TEMPLATE_LANGUAGE_PAGES.map((p) => [p.file, headingsOf(p.file)]));
const allHeadings = new Set([...headings.values()].flat());

describe("template language reference", () => {
  it("has a heading for every § number cited in the code, tests, scripts and schema", () => {
    const missing: string[] = [];
    const stale: string[] = [];
    let count = 0;
    for (const dir of SCANNED) {
      for (const file of walk(path.join(ROOT, dir))) {
        const text = readFileSync(file, "utf8");
        if (text.includes("TEMPLATE_FORMAT" + ".md")) stale.push(path.relative(ROOT, file));
        for (const m of text.matchAll(REF)) {
          if (isPdfStandardRef(text, m[1]!)) continue;
          count++;
          if (!allHeadings.has(m[1]!)) missing.push(`${path.relative(ROOT, file)}: §${m[1]}`);
        }
      }
    }
    expect(count).toBeGreaterThan(100); // the scan found the files
    expect(missing).toEqual([]);
    // The reference in docs/ is the one they cite; the spec it was written from is not in the repository.
    expect(stale).toEqual([]);
  });

  it("keeps each top-level section on the page sectionHref sends it to", () => {
    for (const page of TEMPLATE_LANGUAGE_PAGES) {
      for (const n of headings.get(page.file)!) {
        expect(sectionHref(n), `§${n} in ${page.file}`).toContain(page.slug ? `/${page.slug}#` : "template-language#");
      }
    }
  });

  it("numbers each heading once", () => {
    const all = [...headings.values()].flat();
    expect(all.filter((n, i) => all.indexOf(n) !== i)).toEqual([]);
  });

  it("links between its pages only to pages and headings that exist", () => {
    const broken: string[] = [];
    for (const page of TEMPLATE_LANGUAGE_PAGES) {
      const text = readFileSync(path.join(ROOT, page.file), "utf8");
      for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        const to = resolveDocLink(page.file, m[1]!);
        if (/^[a-z]+:/i.test(to)) continue;
        const [where = "", anchor] = to.split("#");
        const target = where ? TEMPLATE_LANGUAGE_PAGES.find((p) => pageHref(p) === where) : page;
        const ok = target && (!anchor || headings.get(target.file)!.some((n) => sectionAnchor(n) === anchor));
        if (!ok) broken.push(`${page.file}: ${m[0]}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("documents each of the 15 widget types under the section the editor links to", () => {
    const widgets = readFileSync(path.join(ROOT, "docs/template-language/widgets.md"), "utf8");
    expect(Object.keys(WIDGET_SECTIONS)).toHaveLength(15);
    for (const [type, n] of Object.entries(WIDGET_SECTIONS)) {
      const heading = new RegExp(`^## ${n.replace(".", "\\.")} .*\`${type}\``, "m");
      expect(widgets, `${type} → §${n}`).toMatch(heading);
    }
  });
});
