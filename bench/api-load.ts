// npm run bench:api-load -- [--url http://127.0.0.1:3200] [--token ink_…] [--seconds 30]
//                           [--clients 50] [--poll-ms 1000] [--polls 5] [--warmup 5] [--scenario clients|saturate|both]
// Against a running `next start`. Prints p50/p99 latency and errors for POST /api/pdf/jobs and
// GET /api/pdf/jobs/{id}. Without --token, a token is created for a bench user in DATABASE_URL's
// database, which must be the server's.
//
// Two scenarios, because they answer different questions:
// - clients (the target): 50 API clients that each create a job and then poll every --poll-ms (twice
//   the web UI's rate) --polls times before creating the next: a fixed request rate, open loop.
// - saturate: 50 connections sending their next request the moment the last one is answered
//   (autocannon, closed loop). Latency there is queueing (≈ connections ÷ throughput), so it
//   measures how many requests per second the server sustains, not what a client waits.
import http from "node:http";
import { parseArgs } from "node:util";
import autocannon, { type Result } from "autocannon";
import { sampleTemplate } from "@/tests/helpers/job-templates";

type Stats = { requests: number; p50: number; p99: number; max: number; errors: number };

function fromAutocannon(r: Result): Stats {
  return {
    requests: r.requests.total,
    p50: r.latency.p50,
    p99: r.latency.p99,
    max: r.latency.max,
    errors: r.errors + r.timeouts + r.non2xx,
  };
}

function printTable(title: string, rows: [string, Stats][], seconds: number) {
  console.log(`\n${title}`);
  console.log(
    `${"".padEnd(26)}${"requests".padStart(9)}${"req/s".padStart(8)}${"p50 ms".padStart(9)}${"p99 ms".padStart(9)}${"max ms".padStart(9)}${"errors".padStart(8)}`,
  );
  for (const [name, s] of rows) {
    console.log(
      `${name.padEnd(26)}${String(s.requests).padStart(9)}${(s.requests / seconds).toFixed(0).padStart(8)}${s.p50.toFixed(1).padStart(9)}${s.p99.toFixed(1).padStart(9)}${s.max.toFixed(0).padStart(9)}${String(s.errors).padStart(8)}`,
    );
  }
}

type Sample = { ms: number; ok: boolean };

/** One HTTP request on the client's own keep-alive connection; resolves with status and body. */
function send(agent: http.Agent, url: URL, method: "GET" | "POST", headers: Record<string, string>, body?: string) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = http.request(url, { method, headers, agent }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

function stats(samples: Sample[]): Stats {
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  const at = (p: number) => ms[Math.min(ms.length - 1, Math.max(0, Math.ceil((p / 100) * ms.length) - 1))] ?? 0;
  return { requests: ms.length, p50: at(50), p99: at(99), max: ms.at(-1) ?? 0, errors: samples.filter((s) => !s.ok).length };
}

// 50 API clients, each on its own keep-alive connection, ticking every --poll-ms: one tick in
// (--polls + 1) creates a job, the others poll the client's latest job. Ticks are spread evenly
// across clients and fire on schedule whether or not the last answer has arrived (open loop), the
// way independent clients arrive, instead of each request waiting for the previous answer.
async function clientScenario(
  base: string,
  headers: Record<string, string>,
  body: string,
  opts: { clients: number; seconds: number; warmupSeconds: number; pollMs: number; polls: number },
) {
  const posts: Sample[] = [];
  const gets: Sample[] = [];
  const countFrom = performance.now() + opts.warmupSeconds * 1000; // server JIT first; not counted
  const end = countFrom + opts.seconds * 1000;
  const jobsUrl = new URL("/api/pdf/jobs", base);
  async function client(index: number) {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    let latest: string | null = null;
    const pending: Promise<void>[] = [];
    for (let tick = 0; ; tick++) {
      const due = performance.now() + (tick === 0 ? (index * opts.pollMs) / opts.clients : opts.pollMs);
      await new Promise((r) => setTimeout(r, Math.max(0, due - performance.now())));
      if (performance.now() >= end) break;
      const create = tick % (opts.polls + 1) === 0 || latest === null;
      const started = performance.now();
      const request = create
        ? send(agent, jobsUrl, "POST", headers, body)
        : send(agent, new URL(`/api/pdf/jobs/${latest}`, base), "GET", headers);
      pending.push(
        request.then(
          ({ status, text }) => {
            if (create && status === 201) latest = (JSON.parse(text) as { id: string }).id;
            if (started >= countFrom)
              (create ? posts : gets).push({ ms: performance.now() - started, ok: status === (create ? 201 : 200) });
          },
          () => void (started >= countFrom && (create ? posts : gets).push({ ms: performance.now() - started, ok: false })),
        ),
      );
    }
    await Promise.all(pending);
    agent.destroy();
  }
  await Promise.all(Array.from({ length: opts.clients }, (_, i) => client(i)));
  printTable(
    `clients: ${opts.clients} API clients for ${opts.seconds} s (after ${opts.warmupSeconds} s not counted), each creating a job every ${((opts.polls + 1) * opts.pollMs) / 1000} s and polling it every ${opts.pollMs} ms in between`,
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
      warmup: { type: "string" },
    },
  });
  const base = values.url ?? "http://127.0.0.1:3200";
  const seconds = Number(values.seconds ?? 30);
  const clients = Number(values.clients ?? 50);
  const scenario = values.scenario ?? "both";
  // Imported only when needed: with --token the bench touches no database.
  const token = values.token ?? (await (await import("./jobs-shared")).benchToken());
  const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
  const body = JSON.stringify({ yaml_content: sampleTemplate({ pages: 2, name: "Load test" }) });

  const probe = await fetch(`${base}/api/pdf/jobs`, { method: "POST", headers, body });
  if (probe.status !== 201) throw new Error(`POST /api/pdf/jobs answered ${probe.status}: ${await probe.text()}`);

  if (scenario === "clients" || scenario === "both") {
    await clientScenario(base, headers, body, {
      clients,
      seconds,
      warmupSeconds: Number(values.warmup ?? 5),
      pollMs: Number(values["poll-ms"] ?? 1000),
      polls: Number(values.polls ?? 5),
    });
  }
  if (scenario === "saturate" || scenario === "both") await saturateScenario(base, headers, body, { clients, seconds });
  process.exit(0);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
