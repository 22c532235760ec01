// The assets REST API called as a REST client would: real API tokens, real database, real fs storage.
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  vi.stubEnv("JOBS_DIR", `${process.env.TMPDIR ?? "/tmp"}/inkset-assets-api-${process.pid}-${Date.now()}`);
  vi.stubEnv("MAX_ASSET_MB", "1");
  vi.stubEnv("MAX_ASSETS_PER_USER", "5");
  vi.stubEnv("LOG_LEVEL", "error");
});

import { NextRequest } from "next/server";
import { GET as contentRoute } from "@/app/api/assets/[id]/content/route";
import { DELETE as deleteRoute, GET as getRoute } from "@/app/api/assets/[id]/route";
import { GET as listRoute, POST as uploadRoute } from "@/app/api/assets/route";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { JPEG_3X2, SVG, makePng } from "@/tests/helpers/image-fixtures";
import { assetKey, getStorage } from "@/lib/storage";
import { apiRequest, routeParams, userWithToken } from "@/tests/helpers/users";

const next = (req: Request) => new NextRequest(req);
const none = routeParams({});
const byId = (id: string) => routeParams({ id });

function form(bytes: Buffer, fileName: string, name?: string): FormData {
  const f = new FormData();
  f.set("file", new File([new Uint8Array(bytes)], fileName));
  if (name !== undefined) f.set("name", name);
  return f;
}
const upload = (token: string, body: BodyInit, headers?: Record<string, string>) =>
  uploadRoute(next(apiRequest("/api/assets", token, { method: "POST", body, ...(headers ? { headers } : {}) })), none);
const get = (token: string, id: string) => getRoute(next(apiRequest(`/api/assets/${id}`, token)), byId(id));
const content = (token: string, id: string) => contentRoute(next(apiRequest(`/api/assets/${id}/content`, token)), byId(id));
const remove = (token: string, id: string) => deleteRoute(next(apiRequest(`/api/assets/${id}`, token, { method: "DELETE" })), byId(id));
const list = (token: string, query = "") => listRoute(next(apiRequest(`/api/assets${query}`, token)), none);

async function errorOf(res: Response) {
  return ((await res.json()) as { error: { code: string; message: string } }).error;
}

const storedFile = (id: string) => path.resolve(env.JOBS_DIR, assetKey(id));

afterAll(() => rmSync(env.JOBS_DIR, { recursive: true, force: true }));

describe("POST /api/assets", () => {
  it("stores a PNG: 201 with the asset, a row and the bytes under a key made from the id", async () => {
    const { user, token } = await userWithToken();
    const png = makePng(12, 7);
    const res = await upload(token, form(png, "Company Logo.png"));
    expect(res.status).toBe(201);
    const asset = await res.json();
    expect(asset).toMatchObject({
      name: "Company-Logo.png",
      reference: "asset:Company-Logo.png",
      content_type: "image/png",
      size_bytes: png.byteLength,
      width: 12,
      height: 7,
      content_url: `/api/assets/${asset.id}/content`,
    });
    expect(asset.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(new Date(asset.created_at).toISOString()).toBe(asset.created_at);

    const row = await db.asset.findUnique({ where: { id: asset.id } });
    expect(row).toMatchObject({ ownerId: user.id, name: "Company-Logo.png", sizeBytes: png.byteLength });
    const stored = await getStorage().read(assetKey(asset.id));
    expect(stored?.size).toBe(png.byteLength);
    stored?.stream.destroy();
    expect(existsSync(storedFile(asset.id))).toBe(true);

    const served = await content(token, asset.id);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/png");
    expect(served.headers.get("x-content-type-options")).toBe("nosniff");
    expect(Buffer.from(await served.arrayBuffer()).equals(png)).toBe(true);
  });

  it("stores a JPEG under an explicit name; the type comes from the bytes, not the file name", async () => {
    const { token } = await userWithToken();
    const res = await upload(token, form(JPEG_3X2, "photo.png", "header.jpg"));
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ name: "header.jpg", content_type: "image/jpeg", width: 3, height: 2 });
  });

  it.each([
    ["SVG", SVG, "image.svg", "SVG images are not supported"],
    ["SVG named .png", SVG, "sneaky.png", "SVG images are not supported"],
    ["HTML", Buffer.from("<!doctype html><script>alert(1)</script>"), "page.png", "not a PNG or JPEG"],
    ["garbage", Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 9]), "noise.jpg", "not a PNG or JPEG"],
    ["a truncated PNG", makePng(20, 20).subarray(0, 60), "cut.png", "truncated"],
    ["an empty file", Buffer.alloc(0), "empty.png", "empty"],
    ["a PNG above 40 megapixels", makePng(2, 2, { width: 8000, height: 5001 }), "huge.png", "40 megapixels"],
  ])("refuses %s with 422 naming the problem, storing nothing", async (_label, bytes, fileName, message) => {
    const { user, token } = await userWithToken();
    const res = await upload(token, form(bytes, fileName));
    expect(res.status).toBe(422);
    const error = await errorOf(res);
    expect(error.code).toBe("IMAGE_INVALID");
    expect(error.message).toContain(message);
    expect(await db.asset.count({ where: { ownerId: user.id } })).toBe(0);
  });

  it("refuses files above MAX_ASSET_MB with 413, whether caught by the body or the file size", async () => {
    const { user, token } = await userWithToken();
    // Well past the limit: cut off while reading the body.
    const big = await upload(token, form(Buffer.alloc(1536 * 1024, 7), "big.png"));
    expect(big.status).toBe(413);
    expect(await errorOf(big)).toEqual({ code: "PAYLOAD_TOO_LARGE", message: "The file exceeds the limit of 1 MB" });
    // Just past it: the body fits the multipart allowance, the file does not.
    const justOver = await upload(token, form(Buffer.alloc(1024 * 1024 + 10, 7), "over.png"));
    expect(justOver.status).toBe(413);
    expect((await errorOf(justOver)).message).toBe("The file is 1.0 MB; the limit is 1 MB");
    // A declared Content-Length above the limit is refused before reading anything.
    const declared = await upload(token, "x", {
      "content-type": "multipart/form-data; boundary=x",
      "content-length": String(3 * 1024 * 1024),
    });
    expect(declared.status).toBe(413);
    expect(await db.asset.count({ where: { ownerId: user.id } })).toBe(0);
  });

  it.each([
    ["../etc/passwd", "name: must start with a letter or digit"],
    ["a..b.png", "name: must not contain '..'"],
    ["sub/logo.png", "name: must start with a letter or digit"],
    [".hidden.png", "name: must start with a letter or digit"],
    ["x".repeat(101), "name: must be at most 100 characters"],
  ])("refuses the name %j with 400", async (name, message) => {
    const { token } = await userWithToken();
    const res = await upload(token, form(makePng(2, 2), "ok.png", name));
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.code).toBe("BAD_INPUT");
    expect(error.message).toContain(message);
  });

  it("answers 400 for a body that is not a multipart upload with a file", async () => {
    const { token } = await userWithToken();
    const json = await upload(token, JSON.stringify({ file: "x" }), { "content-type": "application/json" });
    expect(json.status).toBe(400);
    expect((await errorOf(json)).message).toContain("multipart/form-data");
    const noFile = new FormData();
    noFile.set("name", "logo.png");
    const missing = await upload(token, noFile);
    expect(missing.status).toBe(400);
    expect((await errorOf(missing)).message).toContain("file:");
    const broken = await upload(token, "--x\r\nnot a part", { "content-type": "multipart/form-data; boundary=x" });
    expect(broken.status).toBe(400);
    const unnamable = await upload(token, form(makePng(2, 2), "..."));
    expect(unnamable.status).toBe(400);
    expect((await errorOf(unnamable)).message).toContain("send a name field");
  });

  it("answers 409 for a duplicate name, per owner only", async () => {
    const alice = await userWithToken("alice");
    const bob = await userWithToken("bob");
    expect((await upload(alice.token, form(makePng(2, 2), "logo.png"))).status).toBe(201);
    const again = await upload(alice.token, form(makePng(3, 3), "logo.png"));
    expect(again.status).toBe(409);
    expect(await errorOf(again)).toEqual({
      code: "CONFLICT",
      message: 'An asset named "logo.png" already exists; delete it first or choose another name',
    });
    expect((await upload(bob.token, form(makePng(2, 2), "logo.png"))).status).toBe(201);
  });

  it("answers 429 once the per-user cap is reached", async () => {
    const { user, token } = await userWithToken();
    for (let i = 0; i < env.MAX_ASSETS_PER_USER; i++) {
      expect((await upload(token, form(makePng(2, 2), `a${i}.png`))).status).toBe(201);
    }
    const over = await upload(token, form(makePng(2, 2), "one-more.png"));
    expect(over.status).toBe(429);
    expect(await errorOf(over)).toEqual({
      code: "QUOTA_EXCEEDED",
      message: "You have reached the limit of 5 assets; delete some before uploading more",
    });
    expect(await db.asset.count({ where: { ownerId: user.id } })).toBe(5);
  });
});

describe("GET, DELETE and owner scoping", () => {
  it("lists newest first with total and pagination", async () => {
    const { token } = await userWithToken();
    for (const name of ["one.png", "two.png", "three.png", "four.png"]) {
      expect((await upload(token, form(makePng(2, 2), name))).status).toBe(201);
    }
    const first = await (await list(token, "?limit=3")).json();
    expect(first).toMatchObject({ total: 4, limit: 3, offset: 0 });
    expect(first.assets.map((a: { name: string }) => a.name)).toEqual(["four.png", "three.png", "two.png"]);
    const second = await (await list(token, "?limit=3&offset=3")).json();
    expect(second).toMatchObject({ total: 4, limit: 3, offset: 3 });
    expect(second.assets.map((a: { name: string }) => a.name)).toEqual(["one.png"]);
    const defaults = await (await list(token)).json();
    expect(defaults).toMatchObject({ total: 4, limit: 50, offset: 0 });

    const bad = await list(token, "?limit=0");
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).message).toBe("limit: must be between 1 and 100");
  });

  it("hides one user's assets from another: 404 on get, content and delete; absent from the list", async () => {
    const alice = await userWithToken("alice");
    const bob = await userWithToken("bob");
    const asset = await (await upload(alice.token, form(makePng(4, 4), "private.png"))).json();
    for (const res of [await get(bob.token, asset.id), await content(bob.token, asset.id), await remove(bob.token, asset.id)]) {
      expect(res.status).toBe(404);
      expect((await errorOf(res)).code).toBe("NOT_FOUND");
    }
    expect((await (await list(bob.token)).json()).total).toBe(0);
    // Still there for its owner, bytes included.
    expect((await get(alice.token, asset.id)).status).toBe(200);
    expect(existsSync(storedFile(asset.id))).toBe(true);
    expect((await get(alice.token, "not-an-id")).status).toBe(404);
    expect((await get(alice.token, "c".repeat(25))).status).toBe(404);
  });

  it("DELETE removes the row and the bytes; a second delete is 404", async () => {
    const { user, token } = await userWithToken();
    const asset = await (await upload(token, form(makePng(4, 4), "gone.png"))).json();
    expect(existsSync(storedFile(asset.id))).toBe(true);
    expect((await remove(token, asset.id)).status).toBe(204);
    expect(await db.asset.count({ where: { ownerId: user.id } })).toBe(0);
    expect(existsSync(storedFile(asset.id))).toBe(false);
    expect(await getStorage().stat(assetKey(asset.id))).toBeNull();
    expect((await remove(token, asset.id)).status).toBe(404);
    expect((await content(token, asset.id)).status).toBe(404);
    // The name is free again.
    expect((await upload(token, form(makePng(4, 4), "gone.png"))).status).toBe(201);
  });
});
