import { test, expect } from "./fixtures";
import type { Locator } from "@playwright/test";
import { defaultPlannerStart } from "@/lib/planner/default-start";

// Dated examples follow the clock of the server, which is this machine's (next year's planner from October).
const YEAR = Number(defaultPlannerStart().slice(0, 4));
const TITLE = `Hyperlinked year planner ${YEAR}`;

/** Waits until the picture has arrived and decoded (drawn by the renderer on first request). */
async function expectPictureLoaded(img: Locator) {
  await expect(img).toBeVisible({ timeout: 60_000 });
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth), { timeout: 60_000 }).toBeGreaterThan(0);
}

test("the gallery lists every example with its details and a picture of its first page", async ({ userPage: { page } }) => {
  await page.goto("/gallery");
  await expect(page.getByRole("heading", { name: "Example gallery" })).toBeVisible();
  const cards = page.getByRole("list", { name: "Examples" }).getByRole("article");
  expect(await cards.count()).toBeGreaterThanOrEqual(8);
  const year = page.getByRole("article", { name: TITLE });
  await expect(year).toContainText("planner");
  await expect(year).toContainText("project");
  await expect(year).toContainText("Boox Note Air 4C");
  await expectPictureLoaded(year.getByRole("img", { name: `${TITLE}: first page` }));
});

test("flip through the year planner's pages, then use it", async ({ userPage: { page } }) => {
  await page.goto("/gallery");
  const card = page.getByRole("article", { name: TITLE });
  await card.getByRole("button", { name: "See 4 pages" }).click();
  const dialog = page.getByRole("dialog", { name: TITLE });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Year · 1 of 4");
  await expectPictureLoaded(dialog.getByRole("img", { name: `${TITLE}: Year page` }));
  await dialog.getByRole("button", { name: "Next page" }).click();
  await expect(dialog).toContainText("Month · 2 of 4");
  await page.keyboard.press("ArrowRight");
  await expect(dialog).toContainText("Week · 3 of 4");
  await dialog.getByRole("button", { name: "Day", exact: true }).click();
  await expectPictureLoaded(dialog.getByRole("img", { name: `${TITLE}: Day page` }));

  await dialog.getByRole("button", { name: `Use this: ${TITLE}` }).click();
  await page.waitForURL(/\/projects\/[^/]+$/);
  await expect(page.getByRole("heading", { name: TITLE })).toBeVisible();

  // The editor holds the example and shows the project's masters and plan (checked in the browser).
  const editor = page.getByRole("region", { name: "Template editor" });
  await expect(editor.locator(".cm-content")).toContainText(`Planner ${YEAR}`);
  await expect(editor.getByRole("combobox")).toHaveValue("boox-note-air-4c");
  await expect(editor.getByRole("region", { name: "Masters" })).toContainText("day");
  await expect(editor.getByRole("region", { name: "Plan" })).toContainText(/4\d\d pages/);
  await expect(editor.getByRole("region", { name: "Problems" })).toContainText("the document is valid");

  await page.goto("/projects");
  await expect(page.getByRole("link", { name: new RegExp(TITLE) })).toBeVisible();
});
