// `render_options` through the REST API (§7.8): validated, stored on the job row, returned in the job
// JSON, kept on retry, and applied by the real render child (read back from the produced PDF).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  vi.stubEnv("JOBS_DIR", `${process.env.TMPDIR ?? "/tmp"}/inkset-jobs-options-${process.pid}-${Date.now()}`);
  vi.stubEnv("LOG_LEVEL", "error");
});

import { rmSync } from "node:fs";
import { NextRequest } from "next/server";
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString } from "pdf-lib";
import { GET as downloadRoute } from "@/app/api/pdf/jobs/[id]/download/route";
import { GET as getRoute } from "@/app/api/pdf/jobs/[id]/route";
import { POST as createRoute } from "@/app/api/pdf/jobs/route";
import { POST as generateRoute } from "@/app/api/pdf/generate/route";
import { POST as previewRoute } from "@/app/api/preview/route";
import { getJobForOwner } from "@/lib/db/jobs";
import { env } from "@/lib/env";
import { retryRenderJob } from "@/lib/jobs/enqueue";
import { startSupervisor, type Supervisor } from "@/lib/jobs/supervisor";
import { serializeJob } from "@/lib/jobs/serialize";
import { waitForStatus } from "@/tests/helpers/jobs";
import { apiRequest, routeParams, userWithToken } from "@/tests/helpers/users";

const next = (req: Request) => new NextRequest(req);
const none = routeParams({});
const byId = (id: string) => routeParams({ id });
const post = (token: string, json: unknown) => createRoute(next(apiRequest("/api/pdf/jobs", token, { method: "POST", json })), none);
const get = (token: string, id: string) => getRoute(next(apiRequest(`/api/pdf/jobs/${id}`, token)), byId(id));
const download = async (token: string, id: string) =>
  new Uint8Array(await (await downloadRoute(next(apiRequest(`/api/pdf/jobs/${id}/download`, token)), byId(id))).arrayBuffer());
const generate = (token: string, json: unknown) =>
  generateRoute(next(apiRequest("/api/pdf/generate", token, { method: "POST", json })), none);
const preview = (token: string, json: unknown) => previewRoute(next(apiRequest("/api/preview", token, { method: "POST", json })), none);

// remarkable-2 asks for 30-pt touch targets; the 20 × 10 link is short, and alone on the page.
const template = `schema_version: "1.0"
metadata: {name: Options, category: test, created: "2026-01-01", profile: remarkable-2}
canvas: {dimensions: {width: 300, height: 400, margins: [0, 0, 0, 0]}}
widgets:
  - {id: top, type: anchor, position: {x: 0, y: 40, width: 5, height: 5}, properties: {dest_id: top}}
  - {id: small, type: internal_link, position: {x: 100, y: 200, width: 20, height: 10}, content: "s", properties: {to_dest: top}}
`;
// Checkbox labels are held to min_font_pt only in the full constraint scope (§7.5).
const tinyCheckbox = template.replace(
  "widgets:\n",
  'widgets:\n  - {id: cb, type: checkbox, position: {x: 20, y: 300, width: 200, height: 20}, content: "Task", styling: {size: 4}}\n',
);

const chosen = { touch_targets: "report", link_targets: "explicit", constraint_scope: "einkpdf", today: "2027-03-04" };
const defaults = { touch_targets: "enlarge", link_targets: "named", constraint_scope: "full" };

/** The first page's link: its GoTo target (a name or an explicit array) and its rectangle. */
async function firstLink(bytes: Uint8Array) {
  const doc = await PDFDocument.load(bytes);
  const annots = doc.getPage(0).node.lookup(PDFName.of("Annots"), PDFArray);
  const annot = doc.context.lookup(annots.get(0), PDFDict);
  const target = annot.lookup(PDFName.of("A"), PDFDict).get(PDFName.of("D"));
  const rect = annot
    .lookup(PDFName.of("Rect"), PDFArray)
    .asArray()
    .map((n) => Number(n.toString()));
  return { explicit: target instanceof PDFArray, named: target instanceof PDFString ? target.decodeText() : null, rect };
}

let supervisor: Supervisor | null = null;
beforeAll(() => {
  supervisor = startSupervisor({ concurrency: 2, retention: false });
});
afterAll(async () => {
  await supervisor?.stop();
  rmSync(env.JOBS_DIR, { recursive: true, force: true });
});

describe("POST /api/pdf/jobs with render_options", () => {
  it("stores, returns and applies them; a retry keeps them", async () => {
    const { user, token } = await userWithToken();
    const res = await post(token, { yaml_content: template, deterministic: true, render_options: chosen });
    expect(res.status).toBe(201);
    const job = await res.json();
    expect(job.render_options).toEqual(chosen);

    await waitForStatus(job.id, ["completed", "failed"]);
    const done = await (await get(token, job.id)).json();
    expect(done).toMatchObject({ status: "completed", render_options: chosen });
    // touch_targets: report reached the render child: the short link is reported, its rectangle nominal.
    expect(
      done.diagnostics.warnings
        .filter((d: { code: string }) => d.code === "constraint_touch")
        .map((d: { widget_id: string }) => d.widget_id),
    ).toEqual(["small"]);
    const link = await firstLink(await download(token, job.id));
    expect(link).toEqual({ explicit: true, named: null, rect: [100, 190, 120, 200] });

    const retried = await retryRenderJob(user.id, job.id);
    expect(retried.id).not.toBe(job.id);
    expect(serializeJob(retried).render_options).toEqual(chosen);
    await waitForStatus(retried.id, ["completed", "failed"]);
    const again = await getJobForOwner(user.id, retried.id);
    expect(again && serializeJob(again)).toMatchObject({ status: "completed", render_options: chosen });
    expect(await firstLink(await download(token, retried.id))).toEqual(link);
  });

  it("without render_options the job reports and renders with the defaults", async () => {
    const { token } = await userWithToken();
    const job = await (await post(token, { yaml_content: template, render_options: {} })).json();
    expect(job.render_options).toEqual(defaults);
    const plain = await (await post(token, { yaml_content: template })).json();
    expect(plain.render_options).toEqual(defaults);
    await waitForStatus(plain.id, ["completed", "failed"]);
    const done = await (await get(token, plain.id)).json();
    expect(done.status).toBe("completed");
    expect(done.diagnostics.warnings.filter((d: { code: string }) => d.code === "constraint_touch")).toEqual([]);
    // Enlarged, centred, to 30 × 30; linked by name.
    expect(await firstLink(await download(token, plain.id))).toEqual({ explicit: false, named: "top", rect: [95, 180, 125, 210] });
    await waitForStatus(job.id, ["completed", "failed"]);
  });

  it("constraint_scope decides what strict mode refuses at submission", async () => {
    const { token } = await userWithToken();
    const full = await post(token, { yaml_content: tinyCheckbox, strict_mode: true });
    expect(full.status).toBe(422);
    expect((await full.json()).error.message).toMatch(/min_font_pt/);
    const einkpdf = await post(token, { yaml_content: tinyCheckbox, strict_mode: true, render_options: { constraint_scope: "einkpdf" } });
    expect(einkpdf.status).toBe(201);
    const job = await einkpdf.json();
    expect(await waitForStatus(job.id, ["completed", "failed"])).toBe("completed");
  });

  it("rejects bad values and unknown keys with 400 naming the field", async () => {
    const { token } = await userWithToken();
    const cases: [unknown, string][] = [
      [{ link_targets: "implicit" }, "render_options.link_targets: must be one of named, explicit"],
      [{ touch_targets: "grow" }, "render_options.touch_targets: must be one of enlarge, report"],
      [{ constraint_scope: "some" }, "render_options.constraint_scope: must be one of full, einkpdf"],
      [{ today: "2027-02-30" }, "render_options.today: must be a date YYYY-MM-DD"],
      [{ today: "04/03/2027" }, "render_options.today: must be a date YYYY-MM-DD"],
      [
        { link_target: "explicit" },
        `render_options: unknown option "link_target"; allowed: touch_targets, link_targets, constraint_scope, today`,
      ],
      ["explicit", "render_options: must be an object"],
    ];
    for (const [render_options, message] of cases) {
      const res = await post(token, { yaml_content: template, render_options });
      expect(res.status).toBe(400);
      expect((await res.json()).error).toMatchObject({ code: "BAD_INPUT", message });
    }
    const sync = await generate(token, { yaml_content: template, render_options: { link_targets: "x" } });
    expect(sync.status).toBe(400);
    expect((await sync.json()).error.message).toBe("render_options.link_targets: must be one of named, explicit");
    const pre = await preview(token, { yaml_content: template, render_options: { colour: "red" } });
    expect(pre.status).toBe(400);
    expect((await pre.json()).error.message).toMatch(/^render_options: unknown option "colour"/);
  });
});

describe("POST /api/pdf/generate and /api/preview with render_options", () => {
  it("apply them to the synchronous render and to the preview", async () => {
    const { token } = await userWithToken();
    const res = await generate(token, { yaml_content: template, render_options: { link_targets: "explicit", touch_targets: "report" } });
    expect(res.status).toBe(200);
    expect(await firstLink(new Uint8Array(await res.arrayBuffer()))).toEqual({ explicit: true, named: null, rect: [100, 190, 120, 200] });
    const pre = await preview(token, { yaml_content: template, render_options: { link_targets: "explicit" } });
    expect(pre.status).toBe(200);
    expect((await firstLink(new Uint8Array(await pre.arrayBuffer()))).explicit).toBe(true);
  });
});
