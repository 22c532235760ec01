// GET /api/pdf/jobs/{id}/download with DOWNLOAD_MODE=redirect: a short-lived presigned URL on a real
// S3-compatible server (s3rver, 127.0.0.1) that serves the PDF under the job's file name; the fs
// driver cannot sign, so the same route streams instead.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  vi.stubEnv("DOWNLOAD_MODE", "redirect");
  vi.stubEnv("DOWNLOAD_URL_TTL_SECONDS", "60");
  vi.stubEnv("LOG_LEVEL", "error");
});

import { GET as downloadRoute } from "@/app/api/pdf/jobs/[id]/download/route";
import { createJob } from "@/lib/db/jobs";
import { claimJob, markJobCompleted } from "@/lib/db/job-runs";
import { setStorageForTests } from "@/lib/storage";
import { createFsStorage } from "@/lib/storage/fs";
import { createS3Storage } from "@/lib/storage/s3";
import { jobOutputKey, type Storage } from "@/lib/storage/types";
import { apiRequest, routeParams, userWithToken } from "@/tests/helpers/users";
import { startS3Server, type S3TestServer } from "@/tests/setup/s3-server";

const tmp = mkdtempSync(path.join(os.tmpdir(), "inkset-download-"));
let s3: S3TestServer;

beforeAll(async () => {
  s3 = await startS3Server("inkset-downloads");
});
afterAll(async () => {
  setStorageForTests(undefined);
  await s3.close();
  rmSync(tmp, { recursive: true, force: true });
});

const PDF = "%PDF-1.7 download test";

/** A completed job whose PDF is in `storage`, as the pipeline leaves it. */
async function completedJob(storage: Storage, ownerId: string, title: string) {
  const job = await createJob({ ownerId, title, yamlContent: "x", deterministic: false, strictMode: false });
  await claimJob(job.id, "test", 60_000);
  const file = path.join(tmp, `${job.id}.pdf`);
  writeFileSync(file, PDF);
  const key = jobOutputKey(job.id);
  await storage.putFile(key, file);
  await markJobCompleted(job.id, "test", { key, sizeBytes: PDF.length, pageCount: 1, diagnostics: {} });
  return job.id;
}

const download = (token: string, id: string) =>
  downloadRoute(new NextRequest(apiRequest(`/api/pdf/jobs/${id}/download`, token)), routeParams({ id }));

describe("download in redirect mode", () => {
  it("redirects to a presigned S3 URL (60 s) that serves the PDF as an attachment", async () => {
    setStorageForTests(createS3Storage(s3.config));
    const { user, token } = await userWithToken("dl");
    const id = await completedJob(createS3Storage(s3.config), user.id, "Year 2027");
    const res = await download(token, id);
    expect(res.status).toBe(302);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const location = res.headers.get("location") ?? "";
    expect(location.startsWith(`${s3.endpoint}/inkset-downloads/jobs/${id}.pdf?`)).toBe(true);
    expect(location).toContain("X-Amz-Expires=60");
    const file = await fetch(location);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("application/pdf");
    expect(file.headers.get("content-disposition")).toMatch(/^attachment; filename="Year 2027\.pdf"/);
    expect(await file.text()).toBe(PDF);
  });

  it("answers 404 to another user, without a URL", async () => {
    setStorageForTests(createS3Storage(s3.config));
    const owner = await userWithToken("dl-owner");
    const other = await userWithToken("dl-other");
    const id = await completedJob(createS3Storage(s3.config), owner.user.id, "Private");
    const res = await download(other.token, id);
    expect(res.status).toBe(404);
    expect(res.headers.get("location")).toBeNull();
  });

  it("streams instead when the driver cannot sign (local directory)", async () => {
    const fs = createFsStorage(path.join(tmp, "store"));
    setStorageForTests(fs);
    const { user, token } = await userWithToken("dl-fs");
    const id = await completedJob(fs, user.id, "Local");
    const res = await download(token, id);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(PDF);
  });
});
