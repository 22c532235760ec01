// Shared by the job benchmarks: a bench user, its API token and small statistics helpers.
import { createApiToken } from "@/lib/auth/api-token";
import { findOrCreateUserByEmail } from "@/lib/db/users";

export async function benchUser(): Promise<string> {
  return (await findOrCreateUserByEmail("bench@inkset.local", "Bench")).id;
}

/** A personal API token of the bench user, minted in DATABASE_URL's database (the server's). */
export async function benchToken(): Promise<string> {
  return (await createApiToken(await benchUser(), { name: "bench" })).token;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? NaN;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs a benchmark's main: exits 0 when it is done (its timers and children must not hold it), 1 on error. */
export function runBench(main: () => Promise<void>) {
  main().then(
    () => process.exit(0),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
