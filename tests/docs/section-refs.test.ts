// Every "§N.N" reference in the code and tests must name a heading of the template language reference
// (docs/template-language*), and every link between the reference's pages must land on a heading.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { headingNumber, sectionHref, TEMPLATE_LANGUAGE_PAGES } from "@/lib/docs/sections";

const ROOT = path.resolve(__dirname, "../..");
const SCANNED = ["lib", "components", "app", "tests", "e2e"];
const TEXT_FILE = /\.(ts|tsx|mts|mjs|js|md|yaml|yml|json)$/;
// "§" followed by a number; a reference to another standard says so right before it (PDF 32000-1 §9.6.6.2).
const REF = /§\s?(\d+(?:\.\d+)*)/g;
const FOREIGN = /(32000(-\d)?|ISO [\d-]+|RFC \d+)[\s/*#]*$/;

function walk(dir: string, out: string[] = []): string[] {
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
  it("has a heading for every § number used in lib/, components/, app/, tests/ and e2e/", () => {
    const missing: string[] = [];
    let count = 0;
    for (const dir of SCANNED) {
      for (const file of walk(path.join(ROOT, dir))) {
        const text = readFileSync(file, "utf8");
        for (const m of text.matchAll(REF)) {
          if (FOREIGN.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
          count++;
          if (!allHeadings.has(m[1]!)) missing.push(`${path.relative(ROOT, file)}: §${m[1]}`);
        }
      }
    }
    expect(count).toBeGreaterThan(300);
    expect(missing).toEqual([]);
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

  it("links between its pages only to files and headings that exist", () => {
    const broken: string[] = [];
    for (const page of TEMPLATE_LANGUAGE_PAGES) {
      const text = readFileSync(path.join(ROOT, page.file), "utf8");
      for (const m of text.matchAll(/\]\(([^)\s]*?\.md)?(?:#s([\d-]+))?\)/g)) {
        const [, file, anchor] = m;
        if (!file && !anchor) continue;
        const target = file ? path.join(path.dirname(page.file), file) : page.file;
        const known = TEMPLATE_LANGUAGE_PAGES.find((p) => p.file === target) ?? (file?.startsWith("../") || file === "deploy.md" ? null : undefined);
        if (known === undefined) broken.push(`${page.file}: ${m[0]}`);
        else if (known && anchor && !headings.get(known.file)!.includes(anchor.replace(/-/g, "."))) broken.push(`${page.file}: ${m[0]}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
