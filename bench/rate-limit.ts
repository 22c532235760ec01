// npm run bench:rate-limit — what one rate-limit check costs a request: 5,000 consumes against the
// store in RATE_LIMIT_STORE (the npm script runs memory, then Redis at REDIS_URL), p50/p99 per call.
// A loaded machine skews bench:api-load's end-to-end figures; this isolates the limiter's own cost.
import { performance } from "node:perf_hooks";
import { env } from "@/lib/env";
import { closeRateLimitStore, consumeRateLimit, rateLimitReady } from "@/lib/rate-limit/limiter";
import { percentile } from "./jobs-shared";

const CALLS = 5000;

await rateLimitReady();
const ms: number[] = [];
let refused = 0;
for (let i = 0; i < CALLS; i++) {
  const t = performance.now();
  if (!(await consumeRateLimit("write", `user:bench-${i % 50}`)).allowed) refused++;
  ms.push(performance.now() - t);
}
await closeRateLimitStore();
const warm = ms.slice(500);
console.log(
  `${env.RATE_LIMIT_STORE.padEnd(7)} ${CALLS} checks: p50 ${percentile(warm, 50).toFixed(3)} ms, p99 ${percentile(warm, 99).toFixed(3)} ms (${refused} refused)`,
);
