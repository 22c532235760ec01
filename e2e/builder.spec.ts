// The planner builder end to end: options in the browser → project → render job → the PDF has the
// device's page size, the announced page count, the chosen language and week start, tabs on the chosen
// side, every link resolving to a page, and an outline down to the days.
import { execFileSync } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { plannerOptionsSchema } from "@/lib/planner/schema";
import { plannerStructure } from "@/lib/planner/structure";
import { readStructure, type OutlineItem } from "@/tests/golden/pdf-structure";
import { expect, test } from "./fixtures";

const OPTIONS = { device_profile: "kindle-scribe", start: "2027-01", months: 2, week_start: "sunday", locale: "de", hand: "left" } as const;

/** Text of one PDF page as poppler lays it out. */
function pageText(pdf: string, page: number): string {
  return execFileSync("pdftotext", ["-layout", "-f", String(page), "-l", String(page), pdf, "-"], { encoding: "utf8" });
}

function depth(items: OutlineItem[]): number {
  return items.length === 0 ? 0 : 1 + Math.max(...items.map((i) => depth(i.items)));
}

test("build a planner in the browser, render it, and check the PDF", async ({ userPage: { page } }) => {
  test.setTimeout(180_000);
  await page.goto("/builder");
  await page.getByLabel("Your tablet").selectOption("kindle-scribe");
  await page.getByLabel("First month").fill("2027-01");
  await page.getByLabel("Months").fill("2");
  await page.getByLabel("Weeks start on").selectOption("sunday");
  await page.getByLabel("Language").selectOption("de");
  await page.getByText("Left-handed").click();
  await page.getByLabel("Name", { exact: true }).fill("Scribe Winter 2027");
  const expected = plannerStructure(plannerOptionsSchema.parse(OPTIONS)).pages;
  await expect(page.getByText(`${expected.length} pages, every one linked from the tabs.`)).toBeVisible();
  await expect(page.getByRole("img", { name: "Preview of the month page on Kindle Scribe" })).toBeVisible({ timeout: 30_000 });

  await page.getByRole("button", { name: "Create planner" }).click();
  await page.waitForURL(/\/projects\/[a-z0-9]+$/);
  await expect(page.getByText("Made with the planner builder")).toBeVisible();
  // One plan section per page: the outline shows the first few and folds the rest away.
  await expect(page.getByText(`${expected.length - 8} more sections`)).toBeVisible();
  await expect(page.getByText("p0040", { exact: true })).toBeHidden();
  await page.getByRole("button", { name: "Render PDF" }).click();
  await page.waitForURL(/\/jobs\/[a-z0-9]+$/);
  await expect(page.getByTestId("job-status")).toHaveAttribute("data-status", "completed", { timeout: 120_000 });
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download PDF" }).click()]);
  const bytes = new Uint8Array(await readFile((await download.path())!));
  const file = join(tmpdir(), `builder-e2e-${Date.now()}.pdf`);
  await writeFile(file, bytes);

  const s = await readStructure(bytes);
  expect(s.pages).toHaveLength(expected.length);
  expect(s.pages.every((p) => p.width === 446.4 && p.height === 595.2)).toBe(true);
  // Every page is where the structure says, and every link lands on an existing destination.
  for (const [i, p] of expected.entries()) expect(s.dests[p.dest]?.page, p.dest).toBe(i + 1);
  expect(s.links.length).toBeGreaterThan(expected.length * 10);
  for (const l of s.links) expect(s.dests[l.dest], `link on page ${l.page} to ${l.dest}`).toBeDefined();
  // Month tabs on the left edge of every page, each leading to its month.
  for (let n = 1; n <= expected.length; n++) {
    const tabs = s.links.filter((l) => l.page === n && (l.rect[2] ?? 999) < 60);
    expect(tabs.map((l) => l.dest)).toEqual(expect.arrayContaining(["month:2027-01", "month:2027-02", "home:index"]));
  }
  // Outline: year → month → week → day.
  expect(depth(s.outline)).toBe(4);
  const year = s.outline.find((o) => o.title === "2027");
  const january = year?.items.find((o) => o.title === "Januar 2027");
  expect(january?.items.map((w) => w.title)).toContain("Woche 2");
  expect(january?.items.find((w) => w.title === "Woche 2")?.items.map((d) => d.title)[0]).toBe("Sonntag 10");

  // German names and a Sunday start, as drawn.
  const week2 = expected.findIndex((p) => p.dest === "week:2027-w02") + 1;
  const weekText = pageText(file, week2);
  expect(weekText).toContain("Woche 2");
  expect(weekText.indexOf("So 10")).toBeGreaterThan(-1);
  expect(weekText.indexOf("So 10")).toBeLessThan(weekText.indexOf("Mo 11"));
  const monthText = pageText(file, expected.findIndex((p) => p.dest === "month:2027-01") + 1);
  expect(monthText).toMatch(/So\s+Mo\s+Di\s+Mi\s+Do\s+Fr\s+Sa/);
  expect(monthText).toContain("Januar");
});

test("edit options, warn when pages move, make next year's, eject", async ({ userPage: { page } }) => {
  test.setTimeout(120_000);
  await page.goto("/builder");
  await page.getByLabel("First month").fill("2027-01");
  await page.getByLabel("Months").fill("1");
  await page.getByLabel("Name", { exact: true }).fill("Plan 2027");
  await page.getByRole("button", { name: "Create planner" }).click();
  await page.waitForURL(/\/projects\/[a-z0-9]+$/);
  const projectUrl = page.url();
  await page.getByRole("link", { name: "Edit options" }).click();
  await page.waitForURL(/\/builder\/[a-z0-9]+$/);
  await page.getByText("Minimal", { exact: true }).click();
  await expect(page.getByRole("note")).toHaveCount(0);
  await page.getByLabel("Notes pages").fill("3");
  await expect(page.getByRole("note")).toContainText("moves pages");
  await page.getByRole("button", { name: "Save and regenerate" }).click();
  await page.waitForURL(projectUrl);
  await expect(page.getByText(/Minimal · \d+ pages/)).toBeVisible();

  await page.getByRole("button", { name: "Make next year's" }).click();
  await expect(page.getByRole("heading", { name: "Plan 2028" })).toBeVisible();
  await expect(page.getByText(/from 2028-01, 1 months/)).toBeVisible();

  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: "Eject to YAML" }).click();
  await expect(page.getByText("Made with the planner builder")).toHaveCount(0);
});

test("builder API: 400 naming the field, and a one-page preview", async ({ apiUser: { api } }) => {
  const bad = await api.post("/api/projects", { data: { name: "x", planner: { start: "2027-01", hands: "left" } } });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.message).toContain("hands");
  const preview = await api.post("/api/planner/preview", {
    data: { planner: { start: "2027-01", device_profile: "remarkable-2" }, page: "day" },
  });
  expect(preview.status()).toBe(200);
  const body = await preview.json();
  expect(body.image).toMatch(/^data:image\/png;base64,/);
  expect(body.page_count).toBeGreaterThan(400);
  expect(body.page_size).toEqual({ width: 447.3, height: 596.4 });
});

test("each theme shows its real month page on the chosen tablet, and its pages to flip through", async ({ userPage: { page } }) => {
  test.setTimeout(120_000);
  await page.goto("/builder");
  await page.getByLabel("Your tablet").selectOption("kindle-scribe");
  for (const theme of ["Classic", "Minimal", "Tabbed"]) {
    const picture = page.getByRole("img", { name: `${theme} theme: month page on Kindle Scribe` });
    // Pictures are asked for as they scroll into view.
    await picture.scrollIntoViewIfNeeded();
    await expect(picture).toHaveAttribute(
      "src",
      new RegExp(`/api/planner/themes/${theme.toLowerCase()}/pictures/1\\?width=240&device=kindle-scribe$`),
    );
    await expect.poll(() => picture.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth), { timeout: 60_000 }).toBe(240);
  }
  await page.getByRole("button", { name: "Choose the Tabbed theme" }).click();
  await expect(page.getByRole("radio", { name: /Tabbed/ })).toBeChecked();

  await page.getByRole("button", { name: "See pages" }).nth(2).click();
  const dialog = page.getByRole("dialog", { name: "Tabbed theme on Kindle Scribe" });
  await expect(dialog).toContainText("Month · 1 of 3");
  await dialog.getByRole("button", { name: "Day", exact: true }).click();
  const day = dialog.getByRole("img", { name: "Tabbed theme on Kindle Scribe: Day page" });
  await expect(day).toHaveAttribute("src", /\/api\/planner\/themes\/tabbed\/pictures\/3\?width=960&device=kindle-scribe$/);
  await expect.poll(() => day.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth), { timeout: 60_000 }).toBe(960);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
});
