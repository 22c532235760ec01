// Run by lib/jobs/inspect-pool-exit.test.ts: a script that checks one template in the pool and
// then has nothing left to do must exit by itself (the idle pool's workers are unref'd).
import { getExample } from "@/lib/examples";
import { inspectOffThread } from "@/lib/jobs/inspect-pool";

const result = await inspectOffThread("script", getExample("daily-page")!.yaml, { strict: false, maxPages: 1000 });
console.log(`inspected ${result.ok}`);
