// The sample pictures' cache is bounded: pictures older than the age limit go, then the oldest while
// the rest is over the size budget; other stored objects are never touched. Real fs storage.
import { mkdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  vi.stubEnv("JOBS_DIR", `${process.env.TMPDIR ?? "/tmp"}/inkset-sample-sweep-${process.pid}-${Date.now()}`);
  vi.stubEnv("LOG_LEVEL", "error");
});

import { env } from "@/lib/env";
import { getStorage } from "@/lib/storage";
import { samplePictureKey } from "./pictures";
import { sweepSamplePictures } from "./sweep";

const DAY = 86_400_000;
const now = new Date("2026-12-05T12:00:00Z");

/** Stores `bytes` under `key` with its modification time `daysAgo` days before `now`. */
async function put(key: string, bytes: number, daysAgo: number): Promise<void> {
  const local = path.join(env.JOBS_DIR, "scratch", key.replace(/\//g, "_"));
  writeFileSync(local, Buffer.alloc(bytes, 1));
  await getStorage().putFile(key, local, { contentType: "image/png" });
  const at = new Date(now.getTime() - daysAgo * DAY);
  utimesSync(path.join(env.JOBS_DIR, ...key.split("/")), at, at);
}

async function keys(prefix: string): Promise<string[]> {
  const out: string[] = [];
  for await (const o of getStorage().list(prefix)) out.push(o.key);
  return out.sort();
}

beforeAll(() => mkdirSync(path.join(env.JOBS_DIR, "scratch"), { recursive: true }));
afterAll(() => rmSync(env.JOBS_DIR, { recursive: true, force: true }));

describe("sample picture sweep", () => {
  it("removes pictures past the age limit, then the oldest until the rest fits the budget", async () => {
    const key = (n: number) => samplePictureKey(`yaml ${n}`, { page: 1 }, 480);
    await put(key(1), 400 * 1024, 45); // past the age limit
    await put(key(2), 400 * 1024, 10); // oldest of the young ones: over budget, goes
    await put(key(3), 400 * 1024, 5);
    await put(key(4), 400 * 1024, 1);
    await put("jobs/cmkeep00000000000000000.pdf", 1024, 400); // not a sample: never touched

    // Budget 1 MB: three young pictures of 400 KB are 1.2 MB, so the oldest of them goes too.
    expect(await sweepSamplePictures(now, { maxAgeDays: 30, maxMb: 1 })).toBe(2);
    expect(await keys("samples/")).toEqual([key(3), key(4)].sort());
    expect(await keys("jobs/")).toEqual(["jobs/cmkeep00000000000000000.pdf"]);

    // Within both limits, a second sweep removes nothing.
    expect(await sweepSamplePictures(now, { maxAgeDays: 30, maxMb: 1 })).toBe(0);
    // A month later both are past the age limit.
    expect(await sweepSamplePictures(new Date(now.getTime() + 31 * DAY))).toBe(2);
    expect(await keys("samples/")).toEqual([]);
  });
});
