// npm run bench:api-load -- [--url http://127.0.0.1:3200] [--token ink_…] [--seconds 30]
//                           [--clients 50] [--poll-ms 1000] [--polls 5] [--scenario clients|saturate|both]
// Against a running `next start`. Prints p50/p99 latency and errors for POST /api/pdf/jobs and
// GET /api/pdf/jobs/{id}. Without --token, a token is created for a bench user in DATABASE_URL's
// database, which must be the server's.
//
// Two scenarios, because they answer different questions:
// - clients (the target): 50 API clients that each create a job and poll it every --poll-ms (twice
//   the web UI's rate) until it ends or --polls polls have passed, then create the next one.
// - saturate: 50 connections sending their next request the moment the last one is answered
//   (autocannon, closed loop). Latency there is queueing (≈ connections ÷ throughput), so it
//   measures how many requests per second the server sustains, not what a client waits.
import { parseArgs } from "node:util";
import autocannon, { type Result } from "autocannon";
import { sampleTemplate } from "@/lib/jobs/testing/templates";

type Sample = { ms: number; ok: boolean };
type Stats = { requests: number; p50: number; p99: number; max: number; errors: number };

async function tokenFor(): Promise<string> {
  const { createApiToken } = await import("@/lib/db/api-tokens");
  const { benchUser } = await import("./jobs-shared");
  return (await createApiToken(await benchUser(), { name: "bench" })).token;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function stats(samples: Sample[]): Stats {
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  return { requests: samples.length, p50: percentile(ms, 50), p99: percentile(ms, 99), max: ms.at(-1) ?? 0, errors: samples.filter((s) => !s.ok).length };
}

function fromAutocannon(r: Result): Stats {
  return { requests: r.requests.total, p50: r.latency.p50, p99: r.latency.p99, max: r.latency.max, errors: r.errors + r.timeouts + r.non2xx };
}

function printTable(title: string, rows: [string, Stats][], seconds: number) {
  console.log(`\n${title}`);
  console.log(`${"".padEnd(26)}${"requests".padStart(9)}${"req/s".padStart(8)}${"p50 ms".padStart(9)}${"p99 ms".padStart(9)}${"max ms".padStart(9)}${"errors".padStart(8)}`);
  for (const [name, s] of rows) {
    console.log(
      `${name.padEnd(26)}${String(s.requests).padStart(9)}${(s.requests / seconds).toFixed(0).padStart(8)}${s.p50.toFixed(1).padStart(9)}${s.p99.toFixed(1).padStart(9)}${s.max.toFixed(0).padStart(9)}${String(s.errors).padStart(8)}`,
    );
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function timed(url: string, init: RequestInit, expect: number, out: Sample[]): Promise<Response | null> {
  const t0 = performance.now();
  try {
    const res = await fetch(url, init);
    const body = await res.text();
    out.push({ ms: performance.now() - t0, ok: res.status === expect });
    return res.status === expect ? new Response(body, { status: res.status }) : null;
  } catch {
    out.push({ ms: performance.now() - t0, ok: false });
    return null;
  }
}

const TERMINAL = new Set(["completed", "failed", "cancelled"]);

async function clientScenario(base: string, headers: Record<string, string>, body: string, opts: { clients: number; seconds: number; pollMs: number; polls: number }) {
  const posts: Sample[] = [];
  const gets: Sample[] = [];
  const end = Date.now() + opts.seconds * 1000;
  async function client(index: number) {
    // Stagger the start like real clients, instead of 50 requests in the same millisecond.
    await sleep((index * opts.pollMs) / opts.clients);
    while (Date.now() < end) {
      const created = await timed(`${base}/api/pdf/jobs`, { method: "POST", headers, body }, 201, posts);
      if (!created) {
        await sleep(opts.pollMs);
        continue;
      }
      const { id } = (await created.json()) as { id: string };
      for (let i = 0; i < opts.polls && Date.now() < end; i++) {
        await sleep(opts.pollMs);
        const res = await timed(`${base}/api/pdf/jobs/${id}`, { headers }, 200, gets);
        const status = res ? ((await res.json()) as { status: string }).status : null;
        if (status && TERMINAL.has(status)) break;
      }
    }
  }
  await Promise.all(Array.from({ length: opts.clients }, (_, i) => client(i)));
  printTable(
    `clients: ${opts.clients} API clients for ${opts.seconds} s, each creating a job and polling it every ${opts.pollMs} ms (up to ${opts.polls} polls)`,
    [
      ["POST /api/pdf/jobs", stats(posts)],
      ["GET /api/pdf/jobs/{id}", stats(gets)],
    ],
    opts.seconds,
  );
}

async function saturateScenario(base: string, headers: Record<string, string>, body: string, opts: { clients: number; seconds: number }) {
  const first = await fetch(`${base}/api/pdf/jobs`, { method: "POST", headers, body });
  const { id } = (await first.json()) as { id: string };
  const half = Math.max(1, Math.floor(opts.clients / 2));
  const [post, get] = await Promise.all([
    autocannon({ url: `${base}/api/pdf/jobs`, method: "POST", headers, body, connections: half, duration: opts.seconds }),
    autocannon({ url: `${base}/api/pdf/jobs/${id}`, headers, connections: opts.clients - half, duration: opts.seconds }),
  ]);
  printTable(
    `saturate: ${opts.clients} connections for ${opts.seconds} s, closed loop (${half} creating jobs, ${opts.clients - half} polling one job)`,
    [
      ["POST /api/pdf/jobs", fromAutocannon(post)],
      ["GET /api/pdf/jobs/{id}", fromAutocannon(get)],
    ],
    opts.seconds,
  );
}

async function main() {
  const { values } = parseArgs({
    options: {
      url: { type: "string" },
      token: { type: "string" },
      seconds: { type: "string" },
      clients: { type: "string" },
      "poll-ms": { type: "string" },
      polls: { type: "string" },
      scenario: { type: "string" },
    },
  });
  const base = values.url ?? "http://127.0.0.1:3200";
  const seconds = Number(values.seconds ?? 30);
  const clients = Number(values.clients ?? 50);
  const scenario = values.scenario ?? "both";
  const token = values.token ?? (await tokenFor());
  const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
  const body = JSON.stringify({ yaml_content: sampleTemplate({ pages: 2, name: "Load test" }) });

  const probe = await fetch(`${base}/api/pdf/jobs`, { method: "POST", headers, body });
  if (probe.status !== 201) throw new Error(`POST /api/pdf/jobs answered ${probe.status}: ${await probe.text()}`);

  if (scenario === "clients" || scenario === "both") {
    await clientScenario(base, headers, body, { clients, seconds, pollMs: Number(values["poll-ms"] ?? 1000), polls: Number(values.polls ?? 5) });
  }
  if (scenario === "saturate" || scenario === "both") await saturateScenario(base, headers, body, { clients, seconds });
  process.exit(0);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
