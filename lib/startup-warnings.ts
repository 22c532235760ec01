// A production server started with a test-only switch on says so loudly, once, at start-up (the web
// process via instrumentation.ts, the standalone worker from scripts/worker.ts).
import { env, unsafeProductionFlags } from "@/lib/env";
import { logger } from "@/lib/log";

export function warnAboutUnsafeFlags(write: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): string[] {
  const flags = unsafeProductionFlags(env);
  if (flags.length === 0) return flags;
  const bar = "!".repeat(78);
  write(
    [bar, "UNSAFE CONFIGURATION IN PRODUCTION — never expose this server to the public:", ...flags.map((f) => `  - ${f}`), bar].join("\n"),
  );
  logger.error({ flags }, "unsafe production flags are set");
  return flags;
}
