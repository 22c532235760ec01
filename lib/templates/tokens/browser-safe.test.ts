// The token module and the compiler also run in the browser editor: no Node built-ins, no Intl.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const dirs = ["../tokens", "../project"].map((d) => fileURLToPath(new URL(`${d}/`, import.meta.url)));

describe("browser safety", () => {
  it.each(dirs)("%s imports no node: modules and uses no Intl or Date", (dir) => {
    const sources = readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && f !== "testing.ts");
    expect(sources.length).toBeGreaterThan(5);
    for (const f of sources) {
      const text = readFileSync(dir + f, "utf8");
      expect(text, f).not.toMatch(/from ["']node:/);
      expect(text, f).not.toMatch(/\bIntl\.|new Date\(|Date\.now\(/);
    }
  });
});
