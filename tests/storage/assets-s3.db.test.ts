// Asset uploads on a real S3-compatible server (s3rver on 127.0.0.1): the bytes go under
// `assets/<id>` with their image type, are served back, copied for a render, and deleted.
import { readFileSync, rmSync } from "node:fs";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  vi.stubEnv("JOBS_DIR", `${process.env.TMPDIR ?? "/tmp"}/inkset-assets-s3-${process.pid}-${Date.now()}`);
  vi.stubEnv("LOG_LEVEL", "error");
});

import { GET as contentRoute } from "@/app/api/assets/[id]/content/route";
import { DELETE as deleteRoute } from "@/app/api/assets/[id]/route";
import { POST as uploadRoute } from "@/app/api/assets/route";
import { materialiseAssets } from "@/lib/assets/materialise";
import { env } from "@/lib/env";
import { JPEG_3X2 } from "@/tests/helpers/image-fixtures";
import { assetKey, getStorage, setStorageForTests } from "@/lib/storage";
import { createS3Storage } from "@/lib/storage/s3";
import { apiRequest, routeParams, userWithToken } from "@/tests/helpers/users";
import { startS3Server, type S3TestServer } from "@/tests/setup/s3-server";

let s3: S3TestServer;

beforeAll(async () => {
  s3 = await startS3Server("inkset-assets");
  setStorageForTests(createS3Storage(s3.config));
});
afterAll(async () => {
  setStorageForTests(undefined);
  await s3.close();
  rmSync(env.JOBS_DIR, { recursive: true, force: true });
});

describe("assets on S3 storage", () => {
  it("uploads, serves, materialises for a render and deletes", async () => {
    const { user, token } = await userWithToken();
    const form = new FormData();
    form.set("file", new File([new Uint8Array(JPEG_3X2)], "cover.jpg"));
    const created = await uploadRoute(new NextRequest(apiRequest("/api/assets", token, { method: "POST", body: form })), routeParams({}));
    expect(created.status).toBe(201);
    const asset = await created.json();
    expect(await getStorage().stat(assetKey(asset.id))).toMatchObject({ size: JPEG_3X2.byteLength });

    const id = routeParams({ id: asset.id });
    const served = await contentRoute(new NextRequest(apiRequest(`/api/assets/${asset.id}/content`, token)), id);
    expect(served.headers.get("content-type")).toBe("image/jpeg");
    expect(Buffer.from(await served.arrayBuffer()).equals(JPEG_3X2)).toBe(true);

    const copies = await materialiseAssets(user.id, "image_src: asset:cover.jpg");
    expect(readFileSync(copies.files["cover.jpg"]!).equals(JPEG_3X2)).toBe(true);
    await copies.dispose();

    expect((await deleteRoute(new NextRequest(apiRequest(`/api/assets/${asset.id}`, token, { method: "DELETE" })), id)).status).toBe(204);
    expect(await getStorage().stat(assetKey(asset.id))).toBeNull();
  });
});
