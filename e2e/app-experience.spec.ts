// Issue 14: no lost work, no dead ends, live status — on a desktop and a phone viewport.
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";

const VIEWPORTS = [
  { name: "desktop", viewport: { width: 1440, height: 900 } },
  { name: "phone", viewport: { width: 390, height: 844 } },
] as const;

const editorContent = (page: Page) => page.getByRole("region", { name: "Template editor" }).locator(".cm-content");

/** Replaces the whole document the way a user would: select all, then type. */
async function replaceDocument(page: Page, text: string) {
  await editorContent(page).click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.insertText(text);
}

/** Follows a primary-nav link; on a phone the links sit in the menu. */
async function clickNav(page: Page, label: string) {
  const desktop = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: label, exact: true });
  if (await desktop.first().isVisible()) return desktop.first().click();
  await page
    .locator("summary", { hasText: /Menu|Projects|Jobs|Gallery|Builder|Render/ })
    .first()
    .click();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: label, exact: true }).last().click();
}

async function chooseDevice(page: Page, product = "reMarkable 2") {
  await page.goto("/projects");
  await expect(page.getByRole("heading", { name: "Welcome to Inkset" })).toBeVisible();
  await page.getByRole("radio", { name: new RegExp(`^${product}\\b`) }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { name: "Projects", exact: true })).toBeVisible();
}

async function newBlankProject(page: Page, name: string): Promise<string> {
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Create project" }).click();
  await page.waitForURL(/\/projects\/[^/]+$/);
  return page.url().split("/").pop()!;
}

/** `leave` asks about unsaved changes; dismissing the question keeps the editor and its edits. */
async function expectAskedAndStayed(page: Page, projectId: string, leave: () => Promise<unknown>) {
  let asked = "";
  page.once("dialog", (d) => {
    asked = d.message();
    void d.dismiss();
  });
  await leave();
  await expect.poll(() => asked).toContain("unsaved changes");
  expect(new URL(page.url()).pathname).toBe(`/projects/${projectId}`);
  await expect(editorContent(page)).toContainText("Edited title");
}

async function noSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `page is ${overflow}px wider than the viewport`).toBeLessThanOrEqual(0);
}

for (const { name, viewport } of VIEWPORTS) {
  test.describe(name, () => {
    test.use({ viewport });

    test("first run: pick the device once, then start from the builder or gallery; a blank project is valid", async ({
      userPage: { page },
    }) => {
      await chooseDevice(page, "Kindle Scribe");
      await expect(page.getByText("The builder and blank pages start sized for your Kindle Scribe")).toBeVisible();
      await expect(page.getByRole("link", { name: /Build a planner/ })).toHaveAttribute("href", "/builder");
      await expect(page.getByRole("link", { name: /Start from the gallery/ })).toHaveAttribute("href", "/gallery");
      await noSidewaysScroll(page);

      await newBlankProject(page, "First notes");
      const problems = page.getByRole("region", { name: "Template editor" }).getByRole("region", { name: "Problems" });
      await expect(problems).toContainText("none — the document is valid");
      await expect(page.getByRole("combobox", { name: "Device" })).toHaveValue("kindle-scribe");
      await noSidewaysScroll(page);

      // Remembered, and changeable in Settings.
      await page.goto("/settings/device");
      await expect(page.getByRole("radio", { name: /^Kindle Scribe\b/ })).toBeChecked();
      await page.getByRole("radio", { name: /^Supernote Manta\b/ }).check();
      await page.getByRole("button", { name: "Use this device" }).click();
      await expect(page.getByText("Device saved")).toBeVisible();
      await page.goto("/projects");
      await expect(page.getByText("The builder and blank pages start sized for your Supernote Manta")).toBeVisible();
    });

    test("the paste-YAML page keeps the exact text, device and options when validation fails", async ({ userPage: { page } }) => {
      await page.goto("/render");
      const yaml = `schema_version: "1.0"\nmetadata:\n  name: Broken\n${"# a long comment line that must survive the error\n".repeat(100)}widgets: not-a-list\n`;
      await page.getByLabel("Template YAML").fill(yaml);
      await page.getByLabel("Device", { exact: true }).selectOption("supernote-a5x");
      await page.getByLabel(/Strict mode/).check();
      await page.getByRole("button", { name: "Render PDF" }).click();
      const alert = page.getByRole("alert").filter({ hasText: "Template is invalid" });
      await expect(alert).toBeVisible();
      await expect(alert).not.toContainText("yaml_content:");
      await expect(alert).not.toContainText("(root):");
      expect(await page.getByLabel("Template YAML").inputValue()).toBe(yaml);
      await expect(page.getByLabel("Device", { exact: true })).toHaveValue("supernote-a5x");
      await expect(page.getByLabel(/Strict mode/)).toBeChecked();
      await noSidewaysScroll(page);
    });

    test("unsaved edits: leaving asks first, drafts survive a reload, Save and render uses the new version", async ({
      userPage: { page },
    }) => {
      await chooseDevice(page);
      const projectId = await newBlankProject(page, "Guarded");
      await replaceDocument(page, (await editorContent(page).innerText()).replace('content: "Guarded"', 'content: "Edited title"'));
      await expect(page.getByTestId("save-state")).toContainText("Unsaved changes");

      // In-app navigation asks; dismissing stays on the page with the edits. So does the browser's
      // Back button, every time (staying re-arms it).
      await expectAskedAndStayed(page, projectId, () => clickNav(page, "Jobs"));
      await expectAskedAndStayed(page, projectId, () => page.evaluate(() => window.history.back()));
      await expectAskedAndStayed(page, projectId, () => page.evaluate(() => window.history.back()));

      // A reload (the browser asks; accepted here) offers the autosaved draft.
      await page.waitForTimeout(1200);
      page.on("dialog", (d) => void d.accept());
      await page.reload();
      await expect(page.getByTestId("draft-banner")).toBeVisible();
      await page.getByRole("button", { name: "Restore draft" }).click();
      await expect(editorContent(page)).toContainText("Edited title");

      // Save and render: the job renders version 2, the one on screen.
      await page.getByRole("button", { name: "Save and render" }).click();
      await page.waitForURL(/\/jobs\/[^/]+$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Guarded");
      await expect(page.getByTestId("job-source")).toContainText("Guarded, version 2");
      await expect(page.getByTestId("job-status")).toHaveAttribute("data-status", "completed", { timeout: 60_000 });
      await noSidewaysScroll(page);

      // The project lists the render with its version.
      await page.getByTestId("job-source").getByRole("link", { name: "Guarded" }).click();
      await expect(page.getByRole("region", { name: "Render history" })).toContainText("Version 2");
    });

    test("version history: every save is a version, with a diff and restore", async ({ userPage: { page } }) => {
      await chooseDevice(page);
      await newBlankProject(page, "Versioned");
      const original = await editorContent(page).innerText();
      expect(original).toContain('content: "Versioned"');
      await replaceDocument(page, original.replace('content: "Versioned"', 'content: "Second draft"'));
      await page.getByRole("button", { name: "Save", exact: true }).click();
      await expect(page.getByTestId("save-state")).toHaveText("All changes saved");

      await page.getByRole("tab", { name: "History" }).click();
      const rows = page.getByTestId("version-row");
      await expect(rows).toHaveCount(2);
      await rows.filter({ hasText: "Version 1" }).getByRole("button").first().click();
      const diff = page.getByLabel("Changes from this version to the editor");
      await expect(diff).toContainText("Second draft");
      await expect(diff).toContainText('content: "Versioned"');
      await page.getByRole("button", { name: "Restore version 1" }).click();
      await expect(page.getByText("Version 1 restored as the newest version")).toBeVisible();
      await expect(rows).toHaveCount(3);
      await expect(rows.first()).toContainText("restored from version 1");
      await expect(editorContent(page)).toContainText('content: "Versioned"');
      await expect(editorContent(page)).not.toContainText("Second draft");
      await page.reload();
      await expect(editorContent(page)).toContainText('content: "Versioned"');
    });

    test("a template whose page is not the device's page says so and can be re-fitted", async ({ userPage: { page } }) => {
      await page.goto("/gallery");
      await page.getByRole("button", { name: "Use this: Cornell notes" }).click();
      await page.waitForURL(/\/projects\/[^/]+$/);
      await expect(page.getByTestId("canvas-mismatch")).toHaveCount(0);
      await page.getByRole("combobox", { name: "Device" }).selectOption("boox-note-air-4c-landscape");
      const notice = page.getByTestId("canvas-mismatch");
      await expect(notice).toContainText("Boox Note Air 4C (landscape)");
      await expect(notice).toContainText("landscape");
      await notice.getByRole("button", { name: /Re-fit/ }).click();
      await expect(notice).toHaveCount(0);
      await expect(editorContent(page)).toContainText("width: 593.8");
      await noSidewaysScroll(page);
    });
  });
}

test("live status arrives over the stream without polling, and polling takes over when the stream is cut", async ({
  userPage: { page },
}) => {
  await chooseDevice(page);
  await newBlankProject(page, "Live");

  // Stream only: polling the job is blocked, so only SSE can move the page on.
  await page.route(/\/api\/pdf\/jobs\/(?!events$)[a-z0-9]+$/, (route) => route.abort());
  await page.getByRole("button", { name: "Render PDF" }).click();
  await page.waitForURL(/\/jobs\/[^/]+$/);
  const status = page.getByTestId("job-status");
  await expect(status).toHaveAttribute("data-live", "stream");
  await expect(status).toHaveAttribute("data-status", "completed", { timeout: 60_000 });
  await page.unroute(/\/api\/pdf\/jobs\/(?!events$)[a-z0-9]+$/);

  // Stream cut: the page polls instead and still follows the job.
  await page.route("**/api/pdf/jobs/events", (route) => route.abort());
  await page.goto("/projects");
  await page.getByRole("link", { name: /Live/ }).first().click();
  await page.getByRole("button", { name: "Render PDF" }).click();
  await page.waitForURL(/\/jobs\/[^/]+$/);
  await expect(status).toHaveAttribute("data-live", "polling");
  await expect(status).toHaveAttribute("data-status", "completed", { timeout: 60_000 });
});

test("a finished job with warnings says so; the jobs list shows project, device and bulk actions", async ({ userPage: { page } }) => {
  await chooseDevice(page);
  const projectId = await newBlankProject(page, "Tiny title");
  await replaceDocument(page, (await editorContent(page).innerText()).replace("size: 20}", "size: 5}"));
  await expect(page.getByText(/1 warning: the PDF renders/)).toBeVisible();
  await page.getByRole("button", { name: "Save and render" }).click();
  await page.waitForURL(/\/jobs\/[^/]+$/);
  const status = page.getByTestId("job-status");
  await expect(status).toHaveAttribute("data-status", "completed", { timeout: 60_000 });
  await expect(status.getByText("Ready · 1 warning")).toBeVisible();
  await expect(page.getByRole("region", { name: "Warnings" })).toContainText("below min_font_pt");

  await page.goto("/jobs");
  const row = page.getByTestId("job-row").first();
  await expect(row).toContainText("Tiny title · v2");
  await expect(row).toContainText("reMarkable 2");
  await expect(row.getByRole("link", { name: /Tiny title/ }).last()).toHaveAttribute("href", `/projects/${projectId}`);
  await row.getByRole("checkbox").check();
  page.once("dialog", (d) => void d.accept());
  await page
    .getByRole("region", { name: "Selected jobs" })
    .getByRole("button", { name: /Delete 1 finished job/ })
    .click();
  await expect(page.getByText("Deleted 1 job")).toBeVisible();
  await expect(page.getByTestId("job-row")).toHaveCount(0);
});

test("missing or someone else's projects and jobs answer a real 404", async ({ userPage: { page } }) => {
  for (const path of [
    "/projects/cl000000000000000000000000",
    "/jobs/cl000000000000000000000000",
    "/jobs/not-an-id",
    "/projects/not-an-id",
  ]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(page.getByText(/(Project|Job) not found/)).toBeVisible();
  }
});
