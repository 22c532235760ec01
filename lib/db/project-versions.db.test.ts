// Version history on a real database: every save that changes the YAML or device is a version,
// renders record the version they used, restores append, and nothing is visible to other users.
import { describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  vi.stubEnv("JOBS_DIR", `${process.env.TMPDIR ?? "/tmp"}/inkset-versions-${process.pid}-${Date.now()}`);
  vi.stubEnv("LOG_LEVEL", "error");
  vi.stubEnv("PDF_RUNNER", "off");
});

import { NextRequest } from "next/server";
import { GET as listRoute } from "@/app/api/projects/[id]/versions/route";
import { GET as oneRoute } from "@/app/api/projects/[id]/versions/[number]/route";
import { getJobForOwner } from "@/lib/db/jobs";
import { getVersionForOwner, listVersionsForOwner } from "@/lib/db/project-versions";
import { createProject, updateProject } from "@/lib/db/projects";
import { createRenderJob } from "@/lib/jobs/enqueue";
import { starterTemplate } from "@/lib/projects/starter";
import { apiRequest, routeParams, userWithToken } from "@/tests/helpers/users";

describe("project versions", () => {
  it("numbers saves that change the text or device, links renders to them, restores as a new version", async () => {
    const alice = await userWithToken("alice-versions@example.com");
    const yaml = starterTemplate("remarkable-2", "Notes");
    const project = await createProject(alice.user.id, { name: "Notes", deviceProfile: "remarkable-2", templateYaml: yaml });

    const edited = yaml.replace('content: "Notes"', 'content: "Edited"');
    await updateProject(alice.user.id, project.id, { templateYaml: edited });
    await updateProject(alice.user.id, project.id, { templateYaml: edited }); // unchanged: no version
    await updateProject(alice.user.id, project.id, { name: "Renamed" }); // not the template: no version
    let { versions, total } = await listVersionsForOwner(alice.user.id, project.id);
    expect(total).toBe(2);
    expect(versions.map((v) => v.number)).toEqual([2, 1]);
    expect(versions[0]?.author?.email).toBe(alice.user.email);

    const job = await createRenderJob(alice.user.id, { project_id: project.id, deterministic: false, strict_mode: false });
    expect((await getJobForOwner(alice.user.id, job.id))?.projectVersion?.number).toBe(2);

    const v1 = await getVersionForOwner(alice.user.id, project.id, 1);
    const restored = await updateProject(
      alice.user.id,
      project.id,
      { templateYaml: v1!.templateYaml, deviceProfile: v1!.deviceProfile },
      { restoredFrom: 1 },
    );
    expect(restored?.templateYaml).toBe(yaml);
    ({ versions, total } = await listVersionsForOwner(alice.user.id, project.id));
    expect(total).toBe(3);
    expect(versions[0]).toMatchObject({ number: 3, restoredFrom: 1 });
    // The render keeps pointing at the version it used.
    expect((await getJobForOwner(alice.user.id, job.id))?.projectVersion?.number).toBe(2);
  });

  it("answers 404 to anyone but the owner, over the API too", async () => {
    const owner = await userWithToken("owner-versions@example.com");
    const other = await userWithToken("other-versions@example.com");
    const project = await createProject(owner.user.id, { name: "Mine", templateYaml: starterTemplate("remarkable-2") });
    expect(await getVersionForOwner(other.user.id, project.id, 1)).toBeNull();
    expect((await listVersionsForOwner(other.user.id, project.id)).total).toBe(0);

    const mine = await listRoute(
      new NextRequest(apiRequest(`/api/projects/${project.id}/versions`, owner.token)),
      routeParams({ id: project.id }),
    );
    expect(mine.status).toBe(200);
    expect(((await mine.json()) as { versions: { number: number }[] }).versions.map((v) => v.number)).toEqual([1]);
    const one = await oneRoute(
      new NextRequest(apiRequest(`/api/projects/${project.id}/versions/1`, owner.token)),
      routeParams({ id: project.id, number: "1" }),
    );
    expect(((await one.json()) as { template_yaml: string }).template_yaml).toContain("schema_version");

    const theirs = await listRoute(
      new NextRequest(apiRequest(`/api/projects/${project.id}/versions`, other.token)),
      routeParams({ id: project.id }),
    );
    expect(theirs.status).toBe(404);
    const missing = await oneRoute(
      new NextRequest(apiRequest(`/api/projects/${project.id}/versions/abc`, owner.token)),
      routeParams({ id: project.id, number: "abc" }),
    );
    expect(missing.status).toBe(404);
  });
});
