// Per-render asset copies (real database, real fs storage) and how retention treats assets: the
// stored bytes are never swept, a copy left behind by a killed process is.
import { existsSync, readFileSync, readdirSync, rmSync, utimesSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  vi.stubEnv("JOBS_DIR", `${process.env.TMPDIR ?? "/tmp"}/inkset-materialise-${process.pid}-${Date.now()}`);
  vi.stubEnv("LOG_LEVEL", "error");
});

import { materialiseAssets } from "@/lib/assets/materialise";
import { uploadAsset } from "@/lib/assets/upload";
import { findOrCreateUserByEmail } from "@/lib/db/users";
import { env } from "@/lib/env";
import { sweepRetention } from "@/lib/jobs/retention";
import { makePng } from "@/tests/helpers/image-fixtures";
import { assetKey, getStorage } from "@/lib/storage";

let ownerId = "";
let otherId = "";
const logo = makePng(6, 6);

beforeAll(async () => {
  ownerId = (await findOrCreateUserByEmail(`materialise-${Date.now()}@test.local`)).id;
  otherId = (await findOrCreateUserByEmail(`materialise-other-${Date.now()}@test.local`)).id;
});
afterAll(() => rmSync(env.JOBS_DIR, { recursive: true, force: true }));

describe("materialiseAssets", () => {
  it("copies only the owner's referenced assets, as files named by id, and dispose removes them", async () => {
    const a = await uploadAsset(ownerId, { data: logo, name: "logo.png" });
    await uploadAsset(ownerId, { data: makePng(2, 2), name: "unused.png" });
    await uploadAsset(otherId, { data: makePng(3, 3), name: "theirs.png" });

    const assets = await materialiseAssets(ownerId, "image_src: asset:logo.png\nalso: asset:theirs.png\n");
    expect(Object.keys(assets.files)).toEqual(["logo.png"]);
    const file = assets.files["logo.png"]!;
    expect(path.basename(file)).toBe(a.id);
    expect(path.isAbsolute(file)).toBe(true);
    expect(readFileSync(file).equals(logo)).toBe(true);

    await assets.dispose();
    expect(existsSync(path.dirname(file))).toBe(false);
    // The stored original is untouched.
    expect(await getStorage().stat(assetKey(a.id))).toMatchObject({ size: logo.byteLength });
  });

  it("makes no directory when nothing is referenced", async () => {
    const assets = await materialiseAssets(ownerId, "widgets: []\n");
    expect(assets.files).toEqual({});
    const tmp = path.join(env.JOBS_DIR, "tmp");
    expect(existsSync(tmp) ? readdirSync(tmp).filter((n) => n.startsWith("assets-")) : []).toEqual([]);
  });

  it("retention removes a copy left by a killed render but never the stored assets", async () => {
    const assets = await materialiseAssets(ownerId, "asset:logo.png");
    const dir = path.dirname(assets.files["logo.png"]!);
    const old = new Date(Date.now() - 3 * 24 * 3600_000);
    utimesSync(dir, old, old);
    const stored = path.resolve(env.JOBS_DIR, "assets");
    const before = readdirSync(stored).sort();
    for (const name of before) utimesSync(path.join(stored, name), old, old);

    const result = await sweepRetention(new Date());
    expect(result.temps).toBeGreaterThanOrEqual(1);
    expect(existsSync(dir)).toBe(false);
    expect(readdirSync(stored).sort()).toEqual(before);
  });
});
