import { test, expect } from "./fixtures";

test("the gallery lists every example with its details", async ({ userPage: { page } }) => {
  await page.goto("/gallery");
  await expect(page.getByRole("heading", { name: "Example gallery" })).toBeVisible();
  const cards = page.getByRole("list", { name: "Examples" }).getByRole("article");
  expect(await cards.count()).toBeGreaterThanOrEqual(8);
  const year = page.getByRole("article", { name: "Hyperlinked year planner 2026" });
  await expect(year).toContainText("planner");
  await expect(year).toContainText("project");
  await expect(year).toContainText("boox-note-air-4c");
});

test("start a project from the full-year planner example", async ({ userPage: { page } }) => {
  await page.goto("/gallery");
  await page.getByRole("button", { name: "Use this: Hyperlinked year planner 2026" }).click();
  await page.waitForURL(/\/projects\/[^/]+$/);
  await expect(page.getByRole("heading", { name: "Hyperlinked year planner 2026" })).toBeVisible();

  // The editor holds the example and shows the project's masters and plan (checked in the browser).
  const editor = page.getByRole("region", { name: "Template editor" });
  await expect(editor.locator(".cm-content")).toContainText("Planner 2026");
  await expect(editor.getByRole("combobox")).toHaveValue("boox-note-air-4c");
  await expect(editor.getByRole("region", { name: "Masters" })).toContainText("day");
  await expect(editor.getByRole("region", { name: "Plan" })).toContainText("431 pages");
  await expect(editor.getByRole("region", { name: "Problems" })).toContainText("the document is valid");

  await page.goto("/projects");
  await expect(page.getByRole("link", { name: /Hyperlinked year planner 2026/ })).toBeVisible();
});
