// Batches against the real database, supervisor and render children: one project rendered for two
// devices comes back as a ZIP with one PDF per profile at that profile's page size; cancel and
// owner scoping.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  vi.stubEnv("JOBS_DIR", `${process.env.TMPDIR ?? "/tmp"}/inkset-batches-${process.pid}-${Date.now()}`);
  vi.stubEnv("LOG_LEVEL", "error");
});

import { rmSync } from "node:fs";
import { unzipSync } from "fflate";
import { NextRequest } from "next/server";
import { PDFDocument } from "pdf-lib";
import { GET as downloadRoute } from "@/app/api/pdf/batches/[id]/download/route";
import { DELETE as cancelRoute, GET as getRoute } from "@/app/api/pdf/batches/[id]/route";
import { GET as listRoute, POST as createRoute } from "@/app/api/pdf/batches/route";
import { db } from "@/lib/db/client";
import { setQuotaOverride } from "@/lib/db/usage";
import { createProjectFromInput } from "@/lib/projects/planner";
import type { CreateProjectInput } from "@/lib/projects/schema";
import { env } from "@/lib/env";
import { startSupervisor, type Supervisor } from "@/lib/jobs/supervisor";
import { waitForStatus } from "@/tests/helpers/jobs";
import { getProfile, profilePageSize } from "@/lib/templates/profiles";
import { apiRequest, routeParams, userWithToken } from "@/tests/helpers/users";

// A project document without default_canvas: each device's canvas is its profile's page (§2.4).
const PROJECT = `metadata:
  name: Batch notes
  category: notebook
  device_profile: remarkable-2
  created_at: "2026-01-01T00:00:00Z"
masters:
  - name: page
    widgets:
      - {id: a, type: anchor, position: {x: 32, y: 32, width: 10, height: 10}, properties: {dest_id: "notes:page:{n}"}}
      - {id: title, type: text_block, position: {x: 32, y: 32, width: 200, height: 28}, content: "Page {n}", styling: {size: 16}}
plan:
  locale: en
  sections:
    - {kind: notes, master: page, generate: count, count: 2}
`;

const none = routeParams({});
const byId = (id: string) => routeParams({ id });
const create = (token: string, json: unknown) =>
  createRoute(new NextRequest(apiRequest("/api/pdf/batches", token, { method: "POST", json })), none);
const get = (token: string, id: string) => getRoute(new NextRequest(apiRequest(`/api/pdf/batches/${id}`, token)), byId(id));
const cancel = (token: string, id: string) =>
  cancelRoute(new NextRequest(apiRequest(`/api/pdf/batches/${id}`, token, { method: "DELETE" })), byId(id));
const download = (token: string, id: string) =>
  downloadRoute(new NextRequest(apiRequest(`/api/pdf/batches/${id}/download`, token)), byId(id));

let supervisor: Supervisor | null = null;
afterAll(async () => {
  await supervisor?.stop();
  rmSync(env.JOBS_DIR, { recursive: true, force: true });
});

describe("a batch for two devices", () => {
  beforeAll(() => {
    supervisor = startSupervisor({ concurrency: 2, retention: false });
  });

  it("renders one job per profile and downloads a ZIP of PDFs at each profile's page size", async () => {
    const { token } = await userWithToken("batch");
    const profiles = ["remarkable-2", "kindle-scribe"];
    const res = await create(token, { yaml_content: PROJECT, profiles, deterministic: true });
    expect(res.status).toBe(201);
    const batch = await res.json();
    expect(batch.title).toBe("Batch notes");
    expect(batch.jobs).toHaveLength(2); // the supervisor may already have started one
    expect(batch.jobs.map((j: { profile: string }) => j.profile)).toEqual(profiles);
    for (const j of batch.jobs) await waitForStatus(j.id, ["completed"], 60_000);

    const done = await (await get(token, batch.id)).json();
    expect(done).toMatchObject({ status: "completed", counts: { completed: 2 }, pages: 4 });

    const zipRes = await download(token, batch.id);
    expect(zipRes.status).toBe(200);
    expect(zipRes.headers.get("content-type")).toBe("application/zip");
    expect(zipRes.headers.get("content-disposition")).toContain("Batch notes.zip");
    const files = unzipSync(new Uint8Array(await zipRes.arrayBuffer()));
    expect(Object.keys(files).sort()).toEqual(["kindle-scribe.pdf", "remarkable-2.pdf"]);
    for (const profile of profiles) {
      const pdf = await PDFDocument.load(files[`${profile}.pdf`]!);
      expect(pdf.getPageCount()).toBe(2);
      const { width, height } = pdf.getPage(0).getSize();
      const want = profilePageSize(getProfile(profile)!);
      expect(width).toBeCloseTo(want.width, 1);
      expect(height).toBeCloseTo(want.height, 1);
    }
    // The two devices really differ, so the check above can fail.
    expect(profilePageSize(getProfile("remarkable-2")!)).not.toEqual(profilePageSize(getProfile("kindle-scribe")!));

    const list = await (await listRoute(new NextRequest(apiRequest("/api/pdf/batches", token)), none)).json();
    expect(list).toMatchObject({ total: 1, batches: [{ id: batch.id, status: "completed" }] });
  });
});

describe("a batch of a planner-builder project", () => {
  beforeAll(() => {
    supervisor ??= startSupervisor({ concurrency: 2, retention: false });
  });

  it("renders each device from the options generated for it: its page size, no font or stroke warnings", async () => {
    const { user, token } = await userWithToken("batch-planner");
    const project = await createProjectFromInput(user.id, {
      name: "Builder",
      planner: { start: "2027-01", months: 1, device_profile: "boox-go-color-7-landscape" },
    } as CreateProjectInput);
    const profiles = ["boox-go-color-7-landscape", "remarkable-2"];
    const res = await create(token, { project_id: project.id, profiles, deterministic: true });
    expect(res.status).toBe(201);
    const batch = await res.json();
    for (const j of batch.jobs) await waitForStatus(j.id, ["completed"], 120_000);
    const files = unzipSync(new Uint8Array(await (await download(token, batch.id)).arrayBuffer()));
    for (const profile of profiles) {
      const { width, height } = (await PDFDocument.load(files[`${profile}.pdf`]!)).getPage(0).getSize();
      const want = profilePageSize(getProfile(profile)!);
      expect([width, height]).toEqual([expect.closeTo(want.width, 1), expect.closeTo(want.height, 1)]);
    }
    for (const job of await db.pdfJob.findMany({ where: { batchId: batch.id } })) {
      const warnings = ((job.diagnostics as { warnings?: { code: string }[] } | null)?.warnings ?? []).map((w) => w.code);
      expect(
        warnings.filter((c) => /font|stroke/.test(c)),
        job.profile ?? "",
      ).toEqual([]);
    }
  }, 240_000);
});

describe("batches without a runner", () => {
  beforeAll(async () => {
    await supervisor?.stop();
    supervisor = null;
  });

  it("cancel cancels every child; a second cancel is 409; the ZIP is 409 with nothing completed", async () => {
    const { token } = await userWithToken("batch-cancel");
    const batch = await (
      await create(token, { yaml_content: PROJECT, profiles: ["remarkable-2", "kindle-scribe", "supernote-manta"] })
    ).json();
    expect((await cancel(token, batch.id)).status).toBe(204);
    const after = await (await get(token, batch.id)).json();
    expect(after).toMatchObject({ status: "cancelled", counts: { cancelled: 3, pending: 0 } });
    expect((await db.pdfJob.findMany({ where: { batchId: batch.id } })).map((j) => j.status)).toEqual([
      "cancelled",
      "cancelled",
      "cancelled",
    ]);
    expect((await cancel(token, batch.id)).status).toBe(409);
    expect((await download(token, batch.id)).status).toBe(409);
  });

  it("is invisible to other users (404 on get, cancel, download)", async () => {
    const { token } = await userWithToken("owner");
    const { token: other } = await userWithToken("intruder");
    const batch = await (await create(token, { yaml_content: PROJECT, profiles: ["remarkable-2"] })).json();
    expect((await get(other, batch.id)).status).toBe(404);
    expect((await cancel(other, batch.id)).status).toBe(404);
    expect((await download(other, batch.id)).status).toBe(404);
    expect((await db.pdfJob.findFirst({ where: { batchId: batch.id } }))?.status).toBe("pending");
  });

  it("refuses bad input whole: unknown profile, duplicates, and a quota that cannot fit every child", async () => {
    const { user, token } = await userWithToken("batch-input");
    const unknown = await create(token, { yaml_content: PROJECT, profiles: ["remarkable-2", "no-such-device"] });
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).error.message).toContain("profiles: no-such-device");
    expect((await create(token, { yaml_content: PROJECT, profiles: ["remarkable-2", "remarkable-2"] })).status).toBe(400);
    expect((await create(token, { yaml_content: PROJECT, profiles: [] })).status).toBe(400);
    await setQuotaOverride(user.id, { jobsPerDay: null, concurrentJobs: 2, pagesPerMonth: null, storageMb: null });
    const over = await create(token, { yaml_content: PROJECT, profiles: ["remarkable-2", "kindle-scribe", "supernote-manta"] });
    expect(over.status).toBe(429);
    expect(await db.pdfBatch.count({ where: { ownerId: user.id } })).toBe(0);
    expect(await db.pdfJob.count({ where: { ownerId: user.id } })).toBe(0);
  });
});
