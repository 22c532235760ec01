// Deterministic mode (§7.7): the same input rendered in two separate processes with different TZ and
// LANG gives identical bytes, with fixed Info dates and a content-derived trailer /ID.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function renderIn(env: Record<string, string>, out: string): Buffer {
  execFileSync(process.execPath, ["--import", "tsx", "tests/golden/determinism-child.ts", "tests/golden/templates/winter-2026.yaml", out], {
    env: { ...process.env, ...env },
  });
  return readFileSync(out);
}

describe("deterministic mode", () => {
  it("is byte-identical across processes, time zones and locales", () => {
    const dir = mkdtempSync(join(tmpdir(), "inkset-det-"));
    const a = renderIn({ TZ: "Pacific/Kiritimati", LANG: "ja_JP.UTF-8", LC_ALL: "ja_JP.UTF-8" }, join(dir, "a.pdf"));
    const b = renderIn({ TZ: "America/Los_Angeles", LANG: "de_DE.UTF-8", LC_ALL: "de_DE.UTF-8" }, join(dir, "b.pdf"));
    expect(a.length).toBeGreaterThan(1000);
    expect(a.equals(b)).toBe(true);
    const text = a.toString("latin1");
    expect(text).toMatch(/\/ID \[\s*<([0-9A-F]{32})>\s*<\1>\s*\]/i);
  }, 120_000);
});
