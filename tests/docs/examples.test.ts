// Every ```yaml example of the template language reference goes through inspectDocument, the check the
// API and editor run before a render is queued (validation, project compilation, profile constraints). A block is:
//  - a whole template or project document;
//  - a fragment without `schema_version` or `plan` (e.g. just `widgets:`), completed with FRAGMENT_HEADER;
//  - a device profile file (root key `profile:`), checked with parseProfile.
// Markers in a block's comments: `# invalid: <code>` expects an error with that code, `# warns: <code>`
// a warning with that code, `# pages: <n>` that many pages, `# strict` loads it in strict mode; any other
// block must load with no error and no warning.
import { readFileSync } from "node:fs";
import path from "node:path";
import { load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { TEMPLATE_LANGUAGE_PAGES } from "@/lib/docs/sections";
import { inspectDocument } from "@/lib/templates/inspect";
import { listProfiles, parseProfile, profilePageSize } from "@/lib/templates/profiles";
import { productName } from "@/lib/templates/profiles/product-names";

const ROOT = path.resolve(__dirname, "../..");

const FRAGMENT_HEADER = `schema_version: "1.0"
metadata: {name: Example, category: docs, created: "2026-01-05", profile: boox-note-air-4c}
canvas: {dimensions: {width: 445.3, height: 593.8, margins: [36, 36, 36, 36]}}
`;

type Example = { file: string; line: number; yaml: string };

function examples(): Example[] {
  const out: Example[] = [];
  for (const page of TEMPLATE_LANGUAGE_PAGES) {
    const text = readFileSync(path.join(ROOT, page.file), "utf8");
    for (const m of text.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)) {
      out.push({ file: page.file, line: text.slice(0, m.index).split("\n").length, yaml: m[1]! });
    }
  }
  return out;
}

const all = examples();

/** The block as a mapping, or {} when it is not YAML the plain parser reads (the loader then reports why). */
function mappingOf(yaml: string): Record<string, unknown> {
  try {
    const value = load(yaml);
    return value && typeof value === "object" ? (value as Record<string, unknown>) : {};
  } catch {
    return { schema_version: undefined };
  }
}

function documentOf(yaml: string): string {
  const value = mappingOf(yaml);
  return "schema_version" in value || "plan" in value ? yaml : FRAGMENT_HEADER + yaml;
}

describe("template language examples", () => {
  it("are plentiful (every page has some)", () => {
    expect(all.length).toBeGreaterThan(40);
    for (const page of TEMPLATE_LANGUAGE_PAGES.slice(1))
      expect(
        all.some((e) => e.file === page.file),
        page.file,
      ).toBe(true);
  });

  it.each(all.map((e) => [`${e.file}:${e.line}`, e] as const))("%s", (_, { yaml }) => {
    const invalid = /^# invalid: (\w+)/m.exec(yaml)?.[1];
    const warns = [...yaml.matchAll(/^# warns: (\w+)/gm)].map((m) => m[1]);
    const value = mappingOf(yaml);
    if ("profile" in value && !("schema_version" in value)) {
      if (invalid) expect(() => parseProfile("example", value)).toThrow();
      else expect(parseProfile("example", value).display.ppi).toBeGreaterThan(0);
      return;
    }
    const loaded = inspectDocument(documentOf(yaml), { strict: /^# strict/m.test(yaml), maxPages: 1000 });
    const summary = loaded.diagnostics.map((d) => `${d.severity} ${d.code} ${d.path}: ${d.message}`);
    if (invalid) {
      expect(loaded.ok, summary.join("\n")).toBe(false);
      expect(loaded.diagnostics.filter((d) => d.severity === "error").map((d) => d.code)).toContain(invalid);
      return;
    }
    expect(summary.filter((s) => s.startsWith("error"))).toEqual([]);
    const warned = new Set(loaded.diagnostics.filter((d) => d.severity === "warning").map((d) => d.code));
    expect([...warned].sort(), summary.join("\n")).toEqual([...new Set(warns)].sort());
    expect(loaded.ok).toBe(true);
    const pages = /^# pages: (\d+)/m.exec(yaml)?.[1];
    if (pages) expect(loaded.pageCount).toBe(Number(pages));
  });
});

describe("the profile table of §7.4", () => {
  const text = readFileSync(path.join(ROOT, "docs/template-language/profiles.md"), "utf8");
  it.each(listProfiles().map((p) => [p.id, p] as const))("lists %s with its product name and page size", (id, profile) => {
    const { width, height } = profilePageSize(profile);
    const row = text.split("\n").find((l) => l.startsWith(`| \`${id}\` |`));
    expect(row, `no table row for ${id}`).toBeDefined();
    expect(row).toContain(`| ${productName(id)} |`);
    expect(row).toContain(`${width.toFixed(1)} × ${height.toFixed(1)}`);
  });
});
