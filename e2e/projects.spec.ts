import { test, expect } from "./fixtures";

test("create, rename and delete a project in the UI", async ({ userPage: { page } }) => {
  // A new user with no projects lands on the first-run screen (device choice), which also offers a blank project.
  await expect(page.getByRole("heading", { name: "Welcome to Inkset" })).toBeVisible();
  await page.getByLabel("Name").fill("Winter planner");
  await page.getByLabel("Description").fill("Jan–Feb");
  await page.getByRole("button", { name: "Create project" }).click();
  await expect(page.getByRole("heading", { name: "Winter planner" })).toBeVisible();

  const settings = page.getByRole("form", { name: "Project details" });
  await settings.getByLabel("Name").fill("Winter planner 2027");
  await settings.getByRole("button", { name: "Update details" }).click();
  await expect(page.getByRole("heading", { name: "Winter planner 2027" })).toBeVisible();

  await page.goto("/projects");
  await expect(page.getByRole("link", { name: /Winter planner 2027/ })).toBeVisible();
  await page.getByRole("link", { name: /Winter planner 2027/ }).click();
  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: "Delete project" }).click();
  await page.waitForURL("**/projects");
  await expect(page.getByRole("heading", { name: "Welcome to Inkset" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Winter planner 2027/ })).toHaveCount(0);
});

test("an empty name is refused with a message next to the field", async ({ userPage: { page } }) => {
  await page.getByLabel("Name").fill("   ");
  await page.getByRole("button", { name: "Create project" }).click();
  await expect(page.getByText("must not be empty")).toBeVisible();
});

test("projects REST API: CRUD, validation and pagination", async ({ apiUser: { api } }) => {
  const created = await api.post("/api/projects", { data: { name: "API project", device_profile: "remarkable-2" } });
  expect(created.status()).toBe(201);
  const project = await created.json();
  expect(project).toMatchObject({ name: "API project", device_profile: "remarkable-2", description: "" });

  const bad = await api.post("/api/projects", { data: { name: "" } });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.message).toContain("name: must not be empty");
  const notJson = await api.post("/api/projects", { data: "{nope", headers: { "content-type": "application/json" } });
  expect(notJson.status()).toBe(400);

  const renamed = await api.patch(`/api/projects/${project.id}`, { data: { name: "Renamed" } });
  expect((await renamed.json()).name).toBe("Renamed");
  const list = await (await api.get("/api/projects?limit=1")).json();
  expect(list).toMatchObject({ total: 1, limit: 1, offset: 0 });
  expect((await api.get("/api/projects?limit=0")).status()).toBe(400);

  expect((await api.delete(`/api/projects/${project.id}`)).status()).toBe(204);
  expect((await api.get(`/api/projects/${project.id}`)).status()).toBe(404);
});
