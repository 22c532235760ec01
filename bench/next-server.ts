// A production `next start` for HTTP benchmarks, on this checkout's build (built first when there is
// none), with the bench's environment (DATABASE_URL, JOBS_DIR, quotas) and the local render worker
// in the server process (PDF_RUNNER=local), as a single-node deployment runs.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { sleep } from "./jobs-shared";

export type BenchServer = { url: string; pid: number; stop(): void };

export async function startNextServer(port: number, extraEnv: Record<string, string> = {}): Promise<BenchServer> {
  if (!existsSync(".next/BUILD_ID")) {
    console.error("no production build: running `npm run build` first");
    const built = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
    if (built.status !== 0) throw new Error("npm run build failed");
  }
  const url = `http://127.0.0.1:${port}`;
  const server = spawn("node_modules/.bin/next", ["start", "-p", String(port), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      AUTH_SECRET: "bench-only-secret-not-for-production-0123456789",
      AUTH_URL: url,
      PDF_RUNNER: "local",
      ...extraEnv,
    },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true, // its own process group: stop() ends the server and its render children
  });
  const stop = () => {
    try {
      process.kill(-server.pid!, "SIGKILL");
    } catch {
      // already gone
    }
  };
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}`);
    const up = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return { url, pid: server.pid!, stop };
    if (Date.now() > deadline) {
      stop();
      throw new Error("next start did not answer /api/health within 120 s");
    }
    await sleep(250);
  }
}
