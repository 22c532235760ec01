import { describe, expect, it } from "vitest";
import { getProjectForOwner, listProjects } from "@/lib/db/projects";
import { AppError } from "@/lib/errors";
import { getExample, listExamples } from "@/lib/examples";
import { createProjectFromExample } from "@/lib/projects/from-example";
import { userWithToken } from "@/tests/helpers/users";

describe("createProjectFromExample", () => {
  it("copies the full-year planner into a new project of the caller", async () => {
    const { user } = await userWithToken();
    const example = getExample("year-planner");
    expect(example).toBeDefined();
    const project = await createProjectFromExample(user.id, "year-planner");
    expect(project).toMatchObject({
      name: example?.title,
      description: example?.description,
      deviceProfile: "boox-note-air-4c",
      templateYaml: example?.yaml,
    });
    expect((await getProjectForOwner(user.id, project.id))?.templateYaml).toBe(example?.yaml);
  });

  it("works for every gallery example and keeps each user's copies apart", async () => {
    const alice = await userWithToken("alice");
    const bob = await userWithToken("bob");
    for (const e of listExamples()) await createProjectFromExample(alice.user.id, e.id);
    const { projects, total } = await listProjects(alice.user.id, { limit: 100, offset: 0 });
    expect(total).toBe(listExamples().length);
    expect(new Set(projects.map((p) => p.name))).toEqual(new Set(listExamples().map((e) => e.title)));
    expect((await listProjects(bob.user.id)).total).toBe(0);
  });

  it("refuses an unknown example with NOT_FOUND and creates nothing", async () => {
    const { user } = await userWithToken();
    await expect(createProjectFromExample(user.id, "no-such-example")).rejects.toSatisfy(
      (e) => e instanceof AppError && e.code === "NOT_FOUND",
    );
    expect((await listProjects(user.id)).total).toBe(0);
  });
});
