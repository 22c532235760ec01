// Deterministic mode (§7.7, §10.7): the same input rendered in separate processes with different TZ,
// LANG and current dates gives identical bytes; the Info dictionary holds exactly the spec's keys with
// fixed dates (or the project's created_at), and the trailer /ID is derived from the content.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expandedText } from "./expand";

const dir = mkdtempSync(join(tmpdir(), "inkset-det-"));
const PROJECT = "tests/golden/templates/winter-2026.yaml"; // metadata.created_at: "2026-01-01T00:00:00Z"

function write(name: string, yaml: string): string {
  const file = join(dir, name);
  writeFileSync(file, yaml);
  return file;
}

const SHEET = write(
  "sheet.yaml",
  `schema_version: "1.0"
metadata: {name: "Daily (sheet)", description: "One page", category: test, created: "2026-03-01", profile: remarkable-2, author: "Ada"}
canvas: {dimensions: {width: 300, height: 300, margins: [0, 0, 0, 0]}}
widgets:
  - {id: t, type: text_block, position: {x: 10, y: 10, width: 280, height: 40}, content: "Today", styling: {size: 14}}
`,
);
// A project without created_at, written at a local time with no offset to catch TZ-dependent parsing.
const LOCAL_CREATED = write(
  "local.yaml",
  readFileSync(PROJECT, "utf8").replace('created_at: "2026-01-01T00:00:00Z"', 'created_at: "2026-05-06T07:08:09"'),
);

let n = 0;
function renderIn(input: string, env: Record<string, string>, mode = "deterministic"): Buffer {
  const out = join(dir, `out-${n++}.pdf`);
  execFileSync(process.execPath, ["--import", "tsx", "tests/golden/determinism-child.ts", input, out, mode], {
    env: { ...process.env, ...env },
  });
  return readFileSync(out);
}

/** The Info dictionary as written, key → raw value (dates as `D:…` strings). */
function info(pdf: Buffer): Record<string, string> {
  const text = expandedText(pdf);
  const ref = /\/Info (\d+) 0 R/.exec(text)?.[1];
  const body = new RegExp(`\\n${ref} 0 obj\\s*<<([\\s\\S]*?)>>\\s*endobj`).exec(text)?.[1] ?? "";
  const decode = (raw: string) =>
    raw.toUpperCase().startsWith("<FEFF") ? Buffer.from(raw.slice(5, -1), "hex").swap16().toString("utf16le") : raw.slice(1, -1);
  return Object.fromEntries([...body.matchAll(/\/(\w+)\s*(\([^)]*\)|<[^>]*>|\d+ 0 R)/g)].map((m) => [m[1], decode(m[2] ?? "")]));
}

const trailerId = (pdf: Buffer) => /\/ID \[\s*<([0-9A-F]{32})>\s*<\1>\s*\]/i.exec(pdf.toString("latin1"))?.[1];

const TOKYO = { TZ: "Pacific/Kiritimati", LANG: "ja_JP.UTF-8", LC_ALL: "ja_JP.UTF-8", INKSET_TEST_NOW: "2031-07-15T23:30:00Z" };
const LA = { TZ: "America/Los_Angeles", LANG: "de_DE.UTF-8", LC_ALL: "de_DE.UTF-8", INKSET_TEST_NOW: "2027-12-31T08:00:00Z" };

describe("deterministic mode", () => {
  it("is byte-identical across processes, time zones, locales and current dates", () => {
    const a = renderIn(PROJECT, TOKYO);
    const b = renderIn(PROJECT, LA);
    expect(a.length).toBeGreaterThan(1000);
    expect(a.equals(b)).toBe(true);
    expect(trailerId(a)).toBeDefined();
  }, 120_000);

  it("writes exactly the Info keys of §7.7, with fixed dates for a standalone template", () => {
    expect(info(renderIn(SHEET, TOKYO))).toEqual({
      Title: "Daily (sheet)",
      Subject: "One page",
      Author: "Ada",
      Creator: "Inkset v0.1.0",
      Producer: "Inkset v0.1.0",
      CreationDate: "D:19700101000000Z",
      ModDate: "D:19700101000000Z",
    });
  }, 60_000);

  it("dates a project by its created_at, read as UTC when it has no offset", () => {
    const project = info(renderIn(PROJECT, TOKYO));
    expect([project.CreationDate, project.ModDate]).toEqual(["D:20260101000000Z", "D:20260101000000Z"]);
    expect(project.Author).toBe("Inkset");
    const local = [renderIn(LOCAL_CREATED, TOKYO), renderIn(LOCAL_CREATED, LA)];
    expect(local[0]?.equals(local[1] as Buffer)).toBe(true);
    expect(info(local[0] as Buffer).CreationDate).toBe("D:20260506070809Z");
  }, 120_000);

  it("derives the trailer /ID from the content", () => {
    const sheet = trailerId(renderIn(SHEET, TOKYO));
    const other = trailerId(renderIn(write("other.yaml", readFileSync(SHEET, "utf8").replace('"Today"', '"Tomorrow"')), TOKYO));
    expect(sheet).toMatch(/^[0-9a-f]{32}$/i);
    expect(other).toMatch(/^[0-9a-f]{32}$/i);
    expect(other).not.toBe(sheet);
  }, 60_000);
});

describe("deterministic: false", () => {
  it("dates the Info dictionary with the current time; only the dates and /ID vary", () => {
    const a = renderIn(SHEET, TOKYO, "wall-clock");
    const b = renderIn(SHEET, LA, "wall-clock");
    expect(info(a)).toMatchObject({ CreationDate: "D:20310715233000Z", ModDate: "D:20310715233000Z" });
    expect(info(b)).toMatchObject({ CreationDate: "D:20271231080000Z", ModDate: "D:20271231080000Z" });
    expect(trailerId(a)).not.toBe(trailerId(b));
    // Dates and the /ID have a fixed length, so masking them leaves otherwise identical objects.
    const mask = (pdf: Buffer) =>
      expandedText(pdf)
        .replace(/D:\d{14}Z/g, "D:date")
        .replace(/<[0-9a-f]{32}>/gi, "<id>");
    expect(mask(a)).toBe(mask(b));
  }, 60_000);
});
