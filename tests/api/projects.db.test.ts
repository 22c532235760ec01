import { describe, expect, it } from "vitest";
import { GET as list, POST as create } from "@/app/api/projects/route";
import { DELETE as remove, GET as read, PATCH as update } from "@/app/api/projects/[id]/route";
import { GET as me } from "@/app/api/me/route";
import { apiRequest, routeParams, userWithToken } from "@/tests/helpers/users";
import { NextRequest } from "next/server";
import { setUserDevice } from "@/lib/db/users";
import { inspectDocument } from "@/lib/templates/inspect";

const next = (req: Request) => new NextRequest(req);
const noParams = routeParams({});

describe("projects API", () => {
  it("creates, reads, renames, lists and deletes the caller's project", async () => {
    const { token } = await userWithToken();
    const created = await create(next(apiRequest("/api/projects", token, { method: "POST", json: { name: "Planner" } })), noParams);
    expect(created.status).toBe(201);
    const project = await created.json();
    expect(project).toMatchObject({ name: "Planner", description: "", device_profile: "boox-note-air-4c" });

    const id = routeParams({ id: project.id });
    const patched = await update(
      next(apiRequest(`/api/projects/${project.id}`, token, { method: "PATCH", json: { name: "Renamed" } })),
      id,
    );
    expect((await patched.json()).name).toBe("Renamed");

    const listed = await (await list(next(apiRequest("/api/projects?limit=10", token)), noParams)).json();
    expect(listed).toMatchObject({ total: 1, limit: 10, offset: 0 });
    expect(listed.projects[0].name).toBe("Renamed");

    expect((await remove(next(apiRequest(`/api/projects/${project.id}`, token, { method: "DELETE" })), id)).status).toBe(204);
    expect((await read(next(apiRequest(`/api/projects/${project.id}`, token)), id)).status).toBe(404);
  });

  it("takes the YAML's own device profile when device_profile is omitted; a given one wins", async () => {
    const { token } = await userWithToken();
    const post = async (json: Record<string, unknown>) =>
      (await (await create(next(apiRequest("/api/projects", token, { method: "POST", json })), noParams)).json()).device_profile;
    const project = "metadata: {name: P, device_profile: remarkable-2}\nmasters: [{name: day}]\nplan: {}\n";
    const template = 'schema_version: "1.0"\nmetadata: {name: T, profile: kindle-scribe}\nwidgets: []\n';
    expect(await post({ name: "Project YAML", template_yaml: project })).toBe("remarkable-2");
    expect(await post({ name: "Template YAML", template_yaml: template })).toBe("kindle-scribe");
    expect(await post({ name: "Chosen", template_yaml: project, device_profile: "kindle-scribe" })).toBe("kindle-scribe");
    expect(await post({ name: "No profile", template_yaml: "metadata: {name: N}\n" })).toBe("boox-note-air-4c");
    expect(await post({ name: "Not YAML", template_yaml: "{unclosed" })).toBe("boox-note-air-4c");
  });

  it("without YAML, starts from a valid page on the caller's tablet, as the web UI does", async () => {
    const { user, token } = await userWithToken();
    await setUserDevice(user.id, "kindle-scribe");
    const created = await create(next(apiRequest("/api/projects", token, { method: "POST", json: { name: "Notes" } })), noParams);
    const project = await created.json();
    expect(project.device_profile).toBe("kindle-scribe");
    // Before, template_yaml was "" and rendering the project answered "the template is empty".
    const inspected = inspectDocument(project.template_yaml, { profile: project.device_profile, strict: false, maxPages: 1000 });
    expect(inspected.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(inspected.pageCount).toBe(1);
  });

  it("answers 404 for another user's project on every method", async () => {
    const alice = await userWithToken("alice");
    const bob = await userWithToken("bob");
    const project = await (
      await create(next(apiRequest("/api/projects", alice.token, { method: "POST", json: { name: "Mine" } })), noParams)
    ).json();
    const id = routeParams({ id: project.id });
    for (const res of [
      await read(next(apiRequest(`/api/projects/${project.id}`, bob.token)), id),
      await update(next(apiRequest(`/api/projects/${project.id}`, bob.token, { method: "PATCH", json: { name: "x" } })), id),
      await remove(next(apiRequest(`/api/projects/${project.id}`, bob.token, { method: "DELETE" })), id),
    ]) {
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ error: { code: "NOT_FOUND", message: "Project not found" } });
    }
    expect((await read(next(apiRequest(`/api/projects/${project.id}`, alice.token)), id)).status).toBe(200);
  });

  it("rejects bad bodies with 4xx naming the field, never 500", async () => {
    const { token } = await userWithToken();
    const post = (body: BodyInit, headers: Record<string, string> = { "content-type": "application/json" }) =>
      create(next(apiRequest("/api/projects", token, { method: "POST", body, headers })), noParams);

    const invalidJson = await post("{not json");
    expect(invalidJson.status).toBe(400);
    expect((await invalidJson.json()).error.message).toBe("Request body is not valid JSON");

    const wrongType = await post(JSON.stringify({ name: 42 }));
    expect(wrongType.status).toBe(400);
    expect((await wrongType.json()).error.message).toMatch(/^name: /);

    const tooLong = await post(JSON.stringify({ name: "x".repeat(101) }));
    expect((await tooLong.json()).error.message).toBe("name: must be at most 100 characters");

    // A misspelt field is named, not ignored (the project would be saved without it).
    const misspelt = await post(JSON.stringify({ name: "a", device_profle: "kindle-scribe" }));
    expect(misspelt.status).toBe(400);
    expect((await misspelt.json()).error.message).toMatch(/^\(body\): unknown field "device_profle"; allowed: name, /);

    // An unknown device would only fail later, at every render of the project.
    const device = await post(JSON.stringify({ name: "a", device_profile: "palm-pilot" }));
    expect(device.status).toBe(400);
    expect((await device.json()).error.message).toMatch(/^device_profile: unknown device profile/);

    const huge = await post(JSON.stringify({ name: "a", template_yaml: "x".repeat(9 * 1024 * 1024) }));
    expect(huge.status).toBe(413);
    expect((await huge.json()).error.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("GET /api/me returns the caller; bad credentials get 401 JSON", async () => {
    const { user, token } = await userWithToken();
    const ok = await me(next(apiRequest("/api/me", token)), noParams);
    expect(await ok.json()).toEqual({ id: user.id, name: user.name, email: user.email, role: "user", plan: "free" });

    const bad = await me(next(apiRequest("/api/me", "ink_nope")), noParams);
    expect(bad.status).toBe(401);
    expect((await bad.json()).error.code).toBe("UNAUTHENTICATED");
    const malformed = await me(next(new Request("http://localhost/api/me", { headers: { authorization: "Basic abc" } })), noParams);
    expect(malformed.status).toBe(401);
  });
});
