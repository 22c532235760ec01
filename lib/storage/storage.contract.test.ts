// One contract, every Storage implementation: the local directory and S3 against a real
// S3-compatible server (s3rver on 127.0.0.1). A driver passes only if it behaves like the others.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { pageImageKey, pageImagePrefix } from "@/lib/pages/keys";
import { createS3Storage } from "@/lib/storage/s3";
import { jobOutputKey, type Storage } from "@/lib/storage/types";
import { startS3Server, type S3TestServer } from "@/tests/setup/s3-server";
import { storageDrivers } from "@/tests/storage/drivers";

const tmp = mkdtempSync(path.join(os.tmpdir(), "inkset-storage-contract-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function localFile(name: string, bytes: Buffer): string {
  const file = path.join(tmp, name);
  writeFileSync(file, bytes);
  return file;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

let seq = 0;
const uniqueJobId = () => `contract${Date.now().toString(36)}${(seq++).toString(36)}`;

describe.each(storageDrivers())("Storage contract: $name", ({ create, serverIsAtomic }) => {
  let storage: Storage;
  let teardown: () => Promise<void>;

  beforeAll(async () => {
    ({ storage, teardown } = await create(tmp));
  });
  afterAll(() => teardown());

  it("stores a file and reads back the same bytes and size", async () => {
    const key = jobOutputKey(uniqueJobId());
    const bytes = Buffer.from("%PDF-1.7\n" + "x".repeat(10_000));
    expect(await storage.putFile(key, localFile("a.pdf", bytes))).toEqual({ size: bytes.length });
    const stat = await storage.stat(key);
    expect(stat).toMatchObject({ key, size: bytes.length });
    expect(stat?.lastModified).toBeInstanceOf(Date);
    const read = await storage.read(key);
    expect(read?.size).toBe(bytes.length);
    expect(read && (await readAll(read.stream)).equals(bytes)).toBe(true);
  });

  it("answers null for a missing object (e.g. removed by retention)", async () => {
    const key = jobOutputKey(uniqueJobId());
    expect(await storage.stat(key)).toBeNull();
    expect(await storage.read(key)).toBeNull();
  });

  it("overwrites atomically: a concurrent reader sees nothing or the whole object", async () => {
    const key = jobOutputKey(uniqueJobId());
    const big = Buffer.alloc(4 * 1024 * 1024, 7);
    const upload = storage.putFile(key, localFile("big.pdf", big));
    const seen: (number | null)[] = [];
    let done = false;
    void upload.finally(() => (done = true));
    while (!done) {
      seen.push((await storage.stat(key))?.size ?? null);
      await new Promise((r) => setTimeout(r, 5));
    }
    await upload;
    if (serverIsAtomic) expect(seen.every((size) => size === null || size === big.length)).toBe(true);
    expect((await storage.stat(key))?.size).toBe(big.length);
    await storage.putFile(key, localFile("second.pdf", Buffer.from("%PDF second version")));
    const read = await storage.read(key);
    expect(read && (await readAll(read.stream)).toString()).toBe("%PDF second version");
  });

  it("deletes idempotently", async () => {
    const key = jobOutputKey(uniqueJobId());
    await storage.putFile(key, localFile("d.pdf", Buffer.from("%PDF")));
    await storage.delete(key);
    expect(await storage.stat(key)).toBeNull();
    await expect(storage.delete(key)).resolves.toBeUndefined();
  });

  it("lists the objects under a prefix, with sizes, for the orphan sweep", async () => {
    const ids = [uniqueJobId(), uniqueJobId(), uniqueJobId()];
    for (const [i, id] of ids.entries()) await storage.putFile(jobOutputKey(id), localFile(`l${i}.pdf`, Buffer.alloc(100 + i)));
    const listed = new Map<string, number>();
    for await (const object of storage.list("jobs/")) listed.set(object.key, object.size);
    for (const [i, id] of ids.entries()) expect(listed.get(jobOutputKey(id))).toBe(100 + i);
    for (const key of listed.keys()) expect(key.startsWith("jobs/")).toBe(true);
    const none: string[] = [];
    for await (const object of storage.list("nothing-here/")) none.push(object.key);
    expect(none).toEqual([]);
  });

  it("lists by a prefix that ends inside a name, as a job's page pictures are found", async () => {
    const [a, b] = [uniqueJobId(), uniqueJobId()];
    const keys = [pageImageKey(a, 1, 240), pageImageKey(a, 12, 960), pageImageKey(`${a}x`, 1, 240), pageImageKey(b, 1, 240)];
    for (const [i, key] of keys.entries())
      await storage.putFile(key, localFile(`t${i}.png`, Buffer.alloc(10)), { contentType: "image/png" });
    const listed: string[] = [];
    for await (const object of storage.list(pageImagePrefix(a))) listed.push(object.key);
    expect(listed.sort()).toEqual([pageImageKey(a, 1, 240), pageImageKey(a, 12, 960)].sort());
  });
});

describe("S3 storage specifics (real S3-compatible server)", () => {
  let server: S3TestServer;
  beforeAll(async () => {
    server = await startS3Server("inkset-s3-specifics");
  });
  afterAll(() => server.close());

  it("signs a short-lived GET URL that downloads the PDF under the given file name", async () => {
    const storage = createS3Storage(server.config);
    const key = jobOutputKey(uniqueJobId());
    await storage.putFile(key, localFile("signed.pdf", Buffer.from("%PDF signed")));
    const url = await storage.signedDownloadUrl(key, { fileName: "Année 2027.pdf", expiresInSeconds: 60 });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/inkset-s3-specifics\/jobs\//);
    expect(url).toContain("X-Amz-Expires=60");
    const res = await fetch(url ?? "");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="Ann_e 2027.pdf"; filename*=UTF-8''Ann%C3%A9e%202027.pdf`);
    expect(await res.text()).toBe("%PDF signed");
  });

  it("refuses an expired signed URL", async () => {
    const storage = createS3Storage(server.config);
    const key = jobOutputKey(uniqueJobId());
    await storage.putFile(key, localFile("expired.pdf", Buffer.from("%PDF")));
    const url = await storage.signedDownloadUrl(key, { fileName: "x.pdf", expiresInSeconds: 1 });
    await new Promise((r) => setTimeout(r, 2100));
    const res = await fetch(url ?? "");
    expect(res.status).toBe(403);
  });

  it("refuses a URL signed with unknown credentials", async () => {
    // s3rver checks the access key id but (unlike S3/R2) not the V4 signature bytes themselves.
    const key = jobOutputKey(uniqueJobId());
    await createS3Storage(server.config).putFile(key, localFile("creds.pdf", Buffer.from("%PDF")));
    const storage = createS3Storage({ ...server.config, accessKeyId: "SOMEONE-ELSE" });
    const url = await storage.signedDownloadUrl(key, { fileName: "x.pdf", expiresInSeconds: 60 });
    expect((await fetch(url ?? "")).status).toBe(403);
  });

  it("reports an unreachable server as a retryable AppError without leaking the endpoint", async () => {
    const storage = createS3Storage({ ...server.config, endpoint: "http://127.0.0.1:9" });
    const err = await storage.putFile(jobOutputKey(uniqueJobId()), localFile("down.pdf", Buffer.from("%PDF"))).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: "UNAVAILABLE", retryable: true });
    expect((err as AppError).message).not.toContain("127.0.0.1");
    await expect(storage.stat("jobs/x.pdf")).rejects.toMatchObject({ retryable: true });
  });
});
