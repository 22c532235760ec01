// `inkset`: the command-line client of the Inkset API (docs/api.md#cli). Bundled to dist/cli.mjs;
// bin/inkset.mjs runs it, so `npx inkset …` works from a checkout.
import { createWriteStream, existsSync, readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { Command } from "commander";
import { inspectDocument } from "@/lib/templates/inspect";
import { formatDiagnostic } from "@/lib/templates/diagnostics";
import { plural } from "@/lib/plural";
import type { JobJson } from "@/lib/jobs/schema";
import { ApiClient, resolveConnection } from "./client";
import { CliError, EXIT } from "./exit-codes";
import { collectVar, type CliVariables } from "./vars";
import { waitForBatch, waitForJob } from "./wait";
import type { BatchJson } from "@/lib/jobs/batch-schema";

const RECORD_ID = /^[a-z0-9]{20,40}$/i;
const out = (line: string): void => void process.stdout.write(`${line}\n`);
const note = (line: string): void => void process.stderr.write(`${line}\n`);

function readTemplate(file: string): string {
  if (!existsSync(file)) throw new CliError(EXIT.USAGE, `${file}: no such file`);
  return readFileSync(file, "utf8");
}

function client(cmd: Command): ApiClient {
  return new ApiClient(resolveConnection(cmd.optsWithGlobals()));
}

async function download(api: ApiClient, job: JobJson, file: string | undefined): Promise<string> {
  const target = file ?? `${job.title.replace(/[^\w .-]+/g, "").trim() || "planner"}.pdf`;
  const res = await api.request("GET", `/api/pdf/jobs/${job.id}/download`);
  if (!res.body) throw new CliError(EXIT.NETWORK, "The server sent no PDF");
  await pipeline(Readable.fromWeb(res.body as import("node:stream/web").ReadableStream), createWriteStream(target));
  return target;
}

function finished(job: JobJson): void {
  if (job.status === "failed") throw new CliError(EXIT.FAILED, `Render failed: ${job.error_message ?? "unknown error"}`);
  if (job.status === "cancelled") throw new CliError(EXIT.FAILED, "The job was cancelled");
}

export function buildProgram(): Command {
  const program = new Command("inkset")
    .description("Render YAML planners into PDFs with an Inkset server")
    .option("--url <url>", "server origin (default: INKSET_URL, the config file, or http://localhost:3000)")
    .option("--token <token>", "API token (default: INKSET_TOKEN or the config file)")
    .option("--config <file>", 'config file with {"url", "token"} (default: ~/.config/inkset/config.json)')
    .showHelpAfterError()
    .exitOverride();

  program
    .command("render")
    .description("render a template file or a saved project, wait, and save the PDF")
    .argument("<source>", "a .yaml file, or a project id")
    .option("-p, --profile <profile>", "device profile id (see `inkset profiles`)")
    .option("-o, --out <file>", "where to save the PDF (default: the title + .pdf)")
    .option("--deterministic", "byte-identical output for identical input")
    .option("--strict", "treat constraint violations as errors")
    .option("--var <name=value>", "a render-time variable for the template's tokens (repeatable)", collectVar)
    .option("--no-wait", "queue the job, print its id and exit")
    .action(
      async (
        source: string,
        opts: { profile?: string; out?: string; deterministic?: boolean; strict?: boolean; wait: boolean; var?: CliVariables },
        cmd: Command,
      ) => {
        const api = client(cmd);
        const body = {
          ...(RECORD_ID.test(source) && !existsSync(source) ? { project_id: source } : { yaml_content: readTemplate(source) }),
          ...(opts.profile ? { profile: opts.profile } : {}),
          ...(opts.var ? { variables: opts.var } : {}),
          deterministic: Boolean(opts.deterministic),
          strict_mode: Boolean(opts.strict),
        };
        const job = await api.json<JobJson>("POST", "/api/pdf/jobs", body);
        if (!opts.wait) return out(job.id);
        const done = await waitForJob(api, job.id);
        finished(done);
        const file = await download(api, done, opts.out);
        note(`${plural(done.page_count ?? 0, "page")} → ${file}`);
        out(file);
      },
    );

  program
    .command("batch")
    .description("render one template or project for several devices and save a ZIP of the PDFs")
    .argument("<source>", "a .yaml file, or a project id")
    .requiredOption("-p, --profile <profiles...>", "device profile ids (two or more)")
    .option("-o, --out <file>", "where to save the ZIP (default: the title + .zip)")
    .option("--deterministic", "byte-identical output for identical input")
    .option("--var <name=value>", "a render-time variable for every device (repeatable)", collectVar)
    .action(
      async (source: string, opts: { profile: string[]; out?: string; deterministic?: boolean; var?: CliVariables }, cmd: Command) => {
        const api = client(cmd);
        const body = {
          ...(RECORD_ID.test(source) && !existsSync(source) ? { project_id: source } : { yaml_content: readTemplate(source) }),
          profiles: opts.profile,
          ...(opts.var ? { variables: [opts.var] } : {}),
          deterministic: Boolean(opts.deterministic),
        };
        const created = await api.json<BatchJson>("POST", "/api/pdf/batches", body);
        const batch = await waitForBatch(api, created.id);
        for (const j of batch.jobs)
          if (j.status !== "completed") note(`${j.profile}: ${j.status}${j.error_message ? ` (${j.error_message})` : ""}`);
        if (batch.counts.completed === 0) throw new CliError(EXIT.FAILED, `No device rendered (${batch.status})`);
        const target = opts.out ?? `${batch.title.replace(/[^\w .-]+/g, "").trim() || "planner"}.zip`;
        const res = await api.request("GET", `/api/pdf/batches/${batch.id}/download`);
        await pipeline(Readable.fromWeb(res.body as import("node:stream/web").ReadableStream), createWriteStream(target));
        note(`${batch.counts.completed} of ${batch.jobs.length} devices → ${target}`);
        out(target);
        if (batch.status !== "completed") throw new CliError(EXIT.FAILED, `Batch ${batch.status}: some devices did not render`);
      },
    );

  program
    .command("validate")
    .description("check a template offline with the server's validator (no server needed)")
    .argument("<file>", "a .yaml template")
    .option("-p, --profile <profile>", "device profile to check against")
    .option("--strict", "treat constraint violations as errors")
    .action(async (file: string, opts: { profile?: string; strict?: boolean }) => {
      const result = inspectDocument(readTemplate(file), { profile: opts.profile, strict: Boolean(opts.strict), maxPages: 1000 });
      for (const d of result.diagnostics) if (d.severity !== "info") note(`${d.severity}: ${formatDiagnostic(d)}`);
      if (!result.ok) throw new CliError(EXIT.INVALID, `${file}: invalid template`);
      out(`${file}: valid, ${result.pageCount === undefined ? "? pages" : plural(result.pageCount, "page")}`);
    });

  program
    .command("profiles")
    .description("list device profiles")
    .option("--json", "print JSON")
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      const conn = resolveConnection(cmd.optsWithGlobals());
      const res = await fetch(`${conn.url}/api/profiles`).catch((err: Error) => {
        throw new CliError(EXIT.NETWORK, `Cannot reach ${conn.url}: ${err.message}`);
      });
      if (!res.ok) throw new CliError(EXIT.NETWORK, `GET /api/profiles: HTTP ${res.status}`);
      const { profiles } = (await res.json()) as {
        profiles: { id: string; name: string; page_size_pt: { width: number; height: number } }[];
      };
      if (opts.json) return out(JSON.stringify(profiles, null, 2));
      for (const p of profiles)
        out(`${p.id.padEnd(28)} ${p.name.padEnd(32)} ${Math.round(p.page_size_pt.width)}×${Math.round(p.page_size_pt.height)} pt`);
    });

  const jobs = program.command("jobs").description("list, inspect, cancel and download jobs");
  jobs
    .command("list")
    .option("-s, --status <status>", "pending, processing, completed, failed or cancelled")
    .option("-n, --limit <n>", "how many", "20")
    .option("--json", "print JSON")
    .action(async (opts: { status?: string; limit: string; json?: boolean }, cmd: Command) => {
      const query = new URLSearchParams({ limit: opts.limit, ...(opts.status ? { status_filter: opts.status } : {}) });
      const page = await client(cmd).json<{ jobs: JobJson[]; total: number }>("GET", `/api/pdf/jobs?${query}`);
      if (opts.json) return out(JSON.stringify(page, null, 2));
      for (const j of page.jobs)
        out(`${j.id}  ${j.status.padEnd(10)} ${String(j.page_count ?? "").padStart(5)}  ${j.created_at}  ${j.title}`);
      note(`${page.jobs.length} of ${page.total}`);
    });
  jobs
    .command("get")
    .argument("<id>")
    .action(async (id: string, _opts: unknown, cmd: Command) =>
      out(JSON.stringify(await client(cmd).json("GET", `/api/pdf/jobs/${id}`), null, 2)),
    );
  jobs
    .command("cancel")
    .argument("<id>")
    .action(async (id: string, _opts: unknown, cmd: Command) => {
      await client(cmd).json("DELETE", `/api/pdf/jobs/${id}`);
      note(`cancelled ${id}`);
    });
  jobs
    .command("download")
    .argument("<id>")
    .option("-o, --out <file>", "where to save the PDF")
    .option("--wait", "wait for the job to finish first")
    .action(async (id: string, opts: { out?: string; wait?: boolean }, cmd: Command) => {
      const api = client(cmd);
      const job = opts.wait ? await waitForJob(api, id) : await api.json<JobJson>("GET", `/api/pdf/jobs/${id}`);
      finished(job);
      out(await download(api, job, opts.out));
    });

  return program;
}

export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
    return EXIT.OK;
  } catch (err) {
    if (err instanceof CliError) {
      note(`inkset: ${err.message}`);
      return err.exitCode;
    }
    // commander's own exits (help, version, bad arguments) arrive as CommanderError.
    if (err && typeof err === "object" && "exitCode" in err && "code" in err) {
      const code = (err as { exitCode: number; code: string }).code;
      return code === "commander.helpDisplayed" || code === "commander.help" || code === "commander.version" ? EXIT.OK : EXIT.USAGE;
    }
    note(`inkset: ${(err as Error).message}`);
    return EXIT.NETWORK;
  }
}
