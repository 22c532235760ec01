// §10.5 golden files: the compiled YAML, statistics and diagnostics of the §11.2 project.
// Regenerate with `npx tsx lib/templates/project/fixtures/regenerate-golden.ts` and review the diff.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { goldenText } from "./fixtures/golden";

const file = (name: string) => readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), "utf8");

describe("golden compiled output", () => {
  it("winter-2026 matches its golden file", () => {
    expect(goldenText(file("winter-2026.yaml"))).toBe(file("winter-2026.compiled.yaml"));
  });
});
