// The CLI's offline parts: configuration precedence, `validate` with the server's validator, and exit codes.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { sampleTemplate } from "@/tests/helpers/job-templates";
import { resolveConnection } from "./client";
import { EXIT } from "./exit-codes";
import { main } from "./main";
import { collectVar } from "./vars";

const dir = mkdtempSync(path.join(os.tmpdir(), "inkset-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const o = vi.spyOn(process.stdout, "write").mockImplementation((s) => (out.push(String(s)), true));
  const e = vi.spyOn(process.stderr, "write").mockImplementation((s) => (err.push(String(s)), true));
  try {
    const code = await main(["node", "inkset", ...args]);
    return { code, stdout: out.join(""), stderr: err.join("") };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

describe("configuration", () => {
  it("takes flags over INKSET_URL/INKSET_TOKEN over the config file", () => {
    const file = path.join(dir, "config.json");
    writeFileSync(file, JSON.stringify({ url: "https://file.example/", token: "ink_file" }));
    expect(resolveConnection({ config: file }, {})).toEqual({ url: "https://file.example", token: "ink_file" });
    expect(resolveConnection({ config: file }, { INKSET_URL: "https://env.example", INKSET_TOKEN: "ink_env" })).toEqual({
      url: "https://env.example",
      token: "ink_env",
    });
    expect(resolveConnection({ config: file, token: "ink_flag" }, { INKSET_TOKEN: "ink_env" }).token).toBe("ink_flag");
    expect(resolveConnection({}, { XDG_CONFIG_HOME: dir })).toEqual({ url: "http://localhost:3000", token: null });
  });

  it("refuses a malformed config file with exit 2", async () => {
    const file = path.join(dir, "bad.json");
    writeFileSync(file, JSON.stringify({ url: "not a url" }));
    const r = await run("--config", file, "jobs", "list");
    expect(r.code).toBe(EXIT.USAGE);
    expect(r.stderr).toContain("bad.json");
  });

  it("asks for a token before calling the server (exit 3)", async () => {
    const r = await run("--config", path.join(dir, "config.json"), "--token", "", "jobs", "list");
    expect(r.code).toBe(EXIT.AUTH);
    expect(r.stderr).toContain("No API token");
  });
});

describe("inkset validate (offline)", () => {
  it("accepts a valid template and prints its page count", async () => {
    const file = path.join(dir, "ok.yaml");
    writeFileSync(file, sampleTemplate({ pages: 3 }));
    const r = await run("validate", file);
    expect(r.code).toBe(EXIT.OK);
    expect(r.stdout).toContain("valid, 3 pages");
    writeFileSync(file, sampleTemplate({ pages: 1 }));
    expect((await run("validate", file)).stdout).toContain("valid, 1 page\n");
  });

  it("prints each error with its YAML path and exits 7", async () => {
    const file = path.join(dir, "bad.yaml");
    writeFileSync(file, sampleTemplate({ pages: 1 }).replace("type: text_block", "type: no_such_widget"));
    const r = await run("validate", file);
    expect(r.code).toBe(EXIT.INVALID);
    expect(r.stderr).toMatch(/error: widgets\[\d+\]\.type: unsupported widget type "no_such_widget"/);
  });

  it("exits 2 for a missing file or unknown command", async () => {
    expect((await run("validate", path.join(dir, "missing.yaml"))).code).toBe(EXIT.USAGE);
    expect((await run("frobnicate")).code).toBe(EXIT.USAGE);
  });
});

describe("inkset render --var", () => {
  it("reads name=value pairs, numbers and true/false as such, and refuses a pair without =", () => {
    expect(collectVar("year=2027", collectVar("customer=Ada Lovelace"))).toEqual({ customer: "Ada Lovelace", year: 2027 });
    expect(collectVar("draft=true")).toEqual({ draft: true });
    expect(collectVar("code=007")).toEqual({ code: "007" }); // a leading zero stays text
    expect(collectVar("note=a=b")).toEqual({ note: "a=b" });
    expect(() => collectVar("year")).toThrow(/--var year: write it as name=value/);
  });

  it("sends the variables with the job to the server", async () => {
    const bodies: unknown[] = [];
    const server = createServer((req, res) => {
      let body = "";
      req.on("data", (c: Buffer) => (body += c.toString()));
      req.on("end", () => {
        bodies.push(JSON.parse(body));
        res
          .writeHead(201, { "content-type": "application/json" })
          .end(JSON.stringify({ id: "job_from_test_server_0001", status: "pending" }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const file = path.join(dir, "vars.yaml");
      writeFileSync(file, sampleTemplate({ pages: 1 }));
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const r = await run("--url", url, "--token", "ink_x", "render", file, "--var", "year=2027", "--var", "customer=Ada", "--no-wait");
      expect(r.code, r.stderr).toBe(EXIT.OK);
      expect(r.stdout.trim()).toBe("job_from_test_server_0001");
      expect(bodies).toEqual([expect.objectContaining({ variables: { year: 2027, customer: "Ada" } })]);
      expect((await run("--url", url, "--token", "ink_x", "render", file, "--var", "oops")).code).toBe(EXIT.USAGE);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe("network errors", () => {
  it("exits 6 with a message when the server cannot be reached", async () => {
    const r = await run("--url", "http://127.0.0.1:9", "--token", "ink_x", "jobs", "list");
    expect(r.code).toBe(EXIT.NETWORK);
    expect(r.stderr).toContain("Cannot reach http://127.0.0.1:9");
  });
});
