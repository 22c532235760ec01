// Deleting an account (real database, real fs storage, real route for the token check): every row and
// stored byte of the user goes, renders are cancelled, tokens stop at once, other users are untouched.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  vi.stubEnv("JOBS_DIR", `${process.env.TMPDIR ?? "/tmp"}/inkset-delete-account-${process.pid}-${Date.now()}`);
  vi.stubEnv("LOG_LEVEL", "error");
});

import { NextRequest } from "next/server";
import { GET as meRoute } from "@/app/api/me/route";
import { deleteAccount } from "@/lib/account/delete-account";
import { uploadAsset } from "@/lib/assets/upload";
import { accountSummary } from "@/lib/db/accounts";
import * as jobs from "@/lib/db/jobs";
import * as runs from "@/lib/db/job-runs";
import { createProject } from "@/lib/db/projects";
import { getCaller } from "@/lib/db/users";
import { env } from "@/lib/env";
import { makePng } from "@/tests/helpers/image-fixtures";
import { assetKey, getStorage, jobOutputKey } from "@/lib/storage";
import { apiRequest, routeParams, userWithToken } from "@/tests/helpers/users";

let scratch = "";
beforeAll(() => {
  scratch = mkdtempSync(`${env.JOBS_DIR}-scratch`);
});
afterAll(() => {
  rmSync(env.JOBS_DIR, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

async function completedJobWithPdf(ownerId: string): Promise<string> {
  const job = await jobs.createJob({ ownerId, title: "done", yamlContent: "x", deterministic: false, strictMode: false });
  expect(await runs.claimJob(job.id, "w", 60_000)).toBe(true);
  const local = path.join(scratch, `${job.id}.pdf`);
  writeFileSync(local, "%PDF-1.7 account");
  await getStorage().putFile(jobOutputKey(job.id), local);
  expect(await runs.markJobCompleted(job.id, "w", { key: jobOutputKey(job.id), sizeBytes: 16, pageCount: 1, diagnostics: {} })).toBe(true);
  return job.id;
}

const me = (token: string) => meRoute(new NextRequest(apiRequest("/api/me", token)), routeParams({}));

describe("deleteAccount", () => {
  it("removes the user's rows and stored bytes, cancels their renders, and leaves other users alone", async () => {
    const alice = await userWithToken("alice");
    const bob = await userWithToken("bob");
    await createProject(alice.user.id, { name: "Planner", description: "", deviceProfile: "remarkable-2", templateYaml: "" });
    const pdfJob = await completedJobWithPdf(alice.user.id);
    const pending = await jobs.createJob({
      ownerId: alice.user.id,
      title: "queued",
      yamlContent: "x",
      deterministic: false,
      strictMode: false,
    });
    const asset = await uploadAsset(alice.user.id, { data: makePng(3, 3), name: "logo.png" });
    const bobAsset = await uploadAsset(bob.user.id, { data: makePng(4, 4), name: "logo.png" });
    const bobPdf = await completedJobWithPdf(bob.user.id);

    // The token works, and is now in the per-process token cache.
    expect((await me(alice.token)).status).toBe(200);
    expect(await accountSummary(alice.user.id)).toEqual({ projects: 1, jobs: 2, assets: 1, tokens: 1 });

    expect(await deleteAccount(alice.user.id)).toEqual({ cancelledJobs: 1, deletedFiles: 2 });

    expect(await getCaller(alice.user.id)).toBeNull();
    expect(await accountSummary(alice.user.id)).toEqual({ projects: 0, jobs: 0, assets: 0, tokens: 0 });
    expect(await jobs.getJobForOwner(alice.user.id, pending.id)).toBeNull();
    expect(await getStorage().stat(jobOutputKey(pdfJob))).toBeNull();
    expect(await getStorage().stat(assetKey(asset.id))).toBeNull();
    // Refused at once, although the cache had it a moment ago.
    expect((await me(alice.token)).status).toBe(401);

    expect((await me(bob.token)).status).toBe(200);
    expect(await accountSummary(bob.user.id)).toEqual({ projects: 0, jobs: 1, assets: 1, tokens: 1 });
    expect(await getStorage().stat(assetKey(bobAsset.id))).not.toBeNull();
    expect(await getStorage().stat(jobOutputKey(bobPdf))).not.toBeNull();
  });

  it("is a 404 for an account that no longer exists", async () => {
    const { user } = await userWithToken("gone");
    await deleteAccount(user.id);
    await expect(deleteAccount(user.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
