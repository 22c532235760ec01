// A stand-in for one app instance in the shared-limit test: consumes `count` requests for one key
// through the configured store and prints how many were allowed. Run with tsx.
import { closeRateLimitStore, consumeRateLimit, rateLimitReady } from "@/lib/rate-limit/limiter";

const [key = "k", count = "10"] = process.argv.slice(2);
await rateLimitReady();
let allowed = 0;
for (let i = 0; i < Number(count); i++) if ((await consumeRateLimit("write", key)).allowed) allowed++;
process.stdout.write(JSON.stringify({ allowed }) + "\n");
await closeRateLimitStore();
