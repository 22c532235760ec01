// `npx inkset` end to end against `next start`: render with a progress wait, list, validate, and the
// exit codes scripts rely on (docs/api.md#cli).
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { unzipSync } from "fflate";
import { PDFDocument } from "pdf-lib";
import { sampleTemplate } from "@/tests/helpers/job-templates";
import { test, expect } from "./fixtures";

const exec = promisify(execFile);
const dir = mkdtempSync(path.join(os.tmpdir(), "inkset-cli-e2e-"));
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function inkset(args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await exec("node", ["bin/inkset.mjs", ...args], { env: { ...process.env, ...env }, timeout: 90_000 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

test("render a file to a PDF, find it in jobs list, and get exit codes for failures", async ({ apiUser: { token }, baseURL }) => {
  test.setTimeout(240_000); // several CLI processes and a render on a shared CI machine
  const env = { INKSET_URL: baseURL!, INKSET_TOKEN: token, XDG_CONFIG_HOME: dir };
  const yaml = path.join(dir, "planner.yaml");
  writeFileSync(yaml, sampleTemplate({ pages: 3, name: "CLI planner" }));
  const out = path.join(dir, "out.pdf");

  const ok = await inkset(["render", yaml, "--profile", "remarkable-2", "--out", out, "--deterministic"], env);
  expect(ok.stderr).toContain("3 pages");
  expect(ok.code).toBe(0);
  expect(ok.stdout.trim()).toBe(out);
  const pdf = readFileSync(out);
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  // Page dictionaries sit in compressed object streams, so the pages are counted by parsing the file.
  expect((await PDFDocument.load(pdf)).getPageCount()).toBe(3);

  const list = await inkset(["jobs", "list", "--json"], env);
  expect(list.code).toBe(0);
  const listed = JSON.parse(list.stdout) as { jobs: { title: string; status: string; profile: string }[] };
  expect(listed.jobs[0]).toMatchObject({ title: "CLI planner", status: "completed", profile: "remarkable-2" });

  // A template the server refuses: the message is printed and the exit code says "invalid".
  const tooBig = path.join(dir, "too-big.yaml");
  writeFileSync(tooBig, sampleTemplate({ pages: 1001 }));
  const refused = await inkset(["render", tooBig, "--out", path.join(dir, "never.pdf")], env);
  expect(refused.code).toBe(7);
  expect(refused.stderr).toContain("exceeds limit of 1000");

  expect((await inkset(["jobs", "get", "c" + "0".repeat(24)], env)).code).toBe(4);
  expect((await inkset(["jobs", "list"], { ...env, INKSET_TOKEN: "ink_" + "x".repeat(43) })).code).toBe(3);

  const profiles = await inkset(["profiles"], env);
  expect(profiles.code).toBe(0);
  expect(profiles.stdout).toContain("remarkable-2");
});

test("validate runs offline with the server's validator", async () => {
  const bad = path.join(dir, "bad.yaml");
  writeFileSync(bad, sampleTemplate({ pages: 1 }).replace("type: text_block", "type: no_such_widget"));
  const r = await inkset(["validate", bad], { INKSET_URL: "http://127.0.0.1:9" });
  expect(r.code).toBe(7);
  expect(r.stderr).toContain('unsupported widget type "no_such_widget"');
});

test("batch renders one file for two devices into a ZIP", async ({ apiUser: { token }, baseURL }) => {
  test.setTimeout(240_000);
  const env = { INKSET_URL: baseURL!, INKSET_TOKEN: token, XDG_CONFIG_HOME: dir };
  const yaml = path.join(dir, "batch.yaml");
  writeFileSync(yaml, sampleTemplate({ pages: 2, name: "CLI batch" }));
  const zip = path.join(dir, "batch.zip");
  const r = await inkset(["batch", yaml, "--profile", "remarkable-2", "kindle-scribe", "--out", zip], env);
  expect(r.stderr).toContain("2 of 2 devices");
  expect(r.code).toBe(0);
  const files = unzipSync(new Uint8Array(readFileSync(zip)));
  expect(Object.keys(files).sort()).toEqual(["kindle-scribe.pdf", "remarkable-2.pdf"]);
});
