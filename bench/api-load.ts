// npm run bench:api-load -- [--url http://127.0.0.1:3200] [--token ink_…] [--seconds 30]
// 50 concurrent clients against a running `next start` for 30 s: 25 keep creating jobs
// (POST /api/pdf/jobs) while 25 poll one job (GET /api/pdf/jobs/{id}). Prints p50/p99 latency and
// errors for each. Without --token, a token is created for a bench user in DATABASE_URL's
// database, which must be the server's.
import { parseArgs } from "node:util";
import autocannon, { type Result } from "autocannon";
import { sampleTemplate } from "@/lib/jobs/testing/templates";

async function tokenFor(): Promise<string> {
  const { createApiToken } = await import("@/lib/db/api-tokens");
  const { benchUser } = await import("./jobs-shared");
  return (await createApiToken(await benchUser(), { name: "bench" })).token;
}

function row(name: string, r: Result) {
  const errors = r.errors + r.timeouts + r.non2xx;
  return `${name.padEnd(28)}${String(r.requests.total).padStart(8)}${r.latency.p50.toFixed(1).padStart(9)}${r.latency.p99.toFixed(1).padStart(9)}${r.latency.max.toFixed(0).padStart(8)}${String(errors).padStart(8)}`;
}

async function main() {
  const { values } = parseArgs({ options: { url: { type: "string" }, token: { type: "string" }, seconds: { type: "string" } } });
  const base = values.url ?? "http://127.0.0.1:3200";
  const duration = Number(values.seconds ?? 30);
  const token = values.token ?? (await tokenFor());
  const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
  const body = JSON.stringify({ yaml_content: sampleTemplate({ pages: 2, name: "Load test" }) });

  const first = await fetch(`${base}/api/pdf/jobs`, { method: "POST", headers, body });
  if (first.status !== 201) throw new Error(`POST /api/pdf/jobs answered ${first.status}: ${await first.text()}`);
  const { id } = (await first.json()) as { id: string };

  console.log(`50 clients for ${duration} s against ${base} (25 creating jobs, 25 polling one job)`);
  const [post, get] = await Promise.all([
    autocannon({ url: `${base}/api/pdf/jobs`, method: "POST", headers, body, connections: 25, duration }),
    autocannon({ url: `${base}/api/pdf/jobs/${id}`, headers, connections: 25, duration }),
  ]);
  console.log(`${"".padEnd(28)}${"requests".padStart(8)}${"p50 ms".padStart(9)}${"p99 ms".padStart(9)}${"max".padStart(8)}${"errors".padStart(8)}`);
  console.log(row("POST /api/pdf/jobs", post));
  console.log(row("GET /api/pdf/jobs/{id}", get));
  process.exit(0);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
