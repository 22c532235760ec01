import type { Page } from "@playwright/test";
import { getExample, REFERENCE_DATE } from "@/lib/examples";
import { test, expect } from "./fixtures";

const VALID = `schema_version: "1.0"
metadata:
  name: E2E page
  category: notes
  created: "2026-01-01T00:00:00Z"
  profile: remarkable-2
canvas:
  dimensions: {width: 447.3, height: 596.4, margins: [36, 36, 36, 36]}
widgets:
  - id: title
    type: text_block
    position: {x: 36, y: 36, width: 300, height: 30}
    content: "E2E heading"
    styling: {size: 20}
  - {id: notes, type: lines, position: {x: 36, y: 80, width: 375, height: 400}, properties: {line_spacing: 24, line_count: 16}}
`;
// Line 12 is the title's position.
const INVALID = VALID.replace("width: 300", "width: -5");

/** Replaces the whole document the way a user would: select all, then type (as one input). */
async function replaceDocument(page: Page, text: string) {
  const content = page.getByRole("region", { name: "Template editor" }).locator(".cm-content");
  await content.click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.insertText(text);
}

const isPreview = (r: { url(): string; request(): { method(): string } }) =>
  r.url().endsWith("/api/preview/page") && r.request().method() === "POST";

test("inline errors as you type, save, reload and a live preview", async ({ userPage: { page } }) => {
  await page.goto("/gallery");
  await page.getByRole("button", { name: "Use this: Daily page" }).click();
  await page.waitForURL(/\/projects\/[^/]+$/);
  const editor = page.getByRole("region", { name: "Template editor" });
  const problems = editor.getByRole("region", { name: "Problems" });
  await expect(problems).toContainText("the document is valid");

  await replaceDocument(page, INVALID);
  const error = problems.getByRole("button", { name: /widgets\[0\]\.position\.width: must be > 0 \(got -5\)/ });
  await expect(error).toBeVisible();
  await expect(error).toContainText("line 12");
  await expect(editor.locator(".cm-lintRange-error")).toHaveCount(1);
  await expect(editor.locator(".cm-lint-marker-error")).toBeVisible();
  await expect(editor.getByText("Fix the errors to see a preview.")).toBeVisible();

  // Fixing it clears the error, and the preview refreshes by itself after a pause.
  const preview = page.waitForResponse(isPreview, { timeout: 45_000 });
  await replaceDocument(page, VALID);
  await expect(problems).toContainText("the document is valid");
  await expect(editor.locator(".cm-lintRange-error")).toHaveCount(0);
  const res = await preview;
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("application/json");
  expect(((await res.json()) as { page_count: number }).page_count).toBe(1);
  await expect(editor.getByRole("region", { name: "Page view" }).getByTestId("page-image")).toBeVisible({ timeout: 30_000 });

  await editor.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Template saved")).toBeVisible();
  await expect(editor.getByText("All changes saved")).toBeVisible();

  await page.reload();
  await expect(page.getByRole("region", { name: "Template editor" }).locator(".cm-content")).toContainText("E2E heading");

  // "Render PDF" hands the saved project to the job system and opens the job.
  await page.getByRole("region", { name: "Template editor" }).getByRole("button", { name: "Render PDF" }).click();
  await page.waitForURL(/\/jobs\/[^/]+$/);
});

test("the device-profile picker saves with the template", async ({ userPage: { page } }) => {
  await page.goto("/gallery");
  await page.getByRole("button", { name: "Use this: Cornell notes" }).click();
  await page.waitForURL(/\/projects\/[^/]+$/);
  const editor = page.getByRole("region", { name: "Template editor" });
  await editor.getByRole("combobox").selectOption("kobo-elipsa-2e");
  await expect(editor.getByText("Unsaved changes")).toBeVisible();
  await editor.getByRole("button", { name: "Save", exact: true }).click();
  await expect(editor.getByText("All changes saved")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("region", { name: "Template editor" }).getByRole("combobox")).toHaveValue("kobo-elipsa-2e");

  // The reference panel is at hand next to the editor.
  await editor.getByRole("tab", { name: "Reference" }).click();
  await expect(page.getByRole("tabpanel", { name: "Widgets" })).toContainText("dot_grid");
  await page.getByRole("tab", { name: "Tokens" }).click();
  await expect(page.getByRole("tabpanel", { name: "Tokens" })).toContainText("{total_pages}");
  await page.getByRole("tab", { name: "Fonts" }).click();
  await expect(page.getByRole("tabpanel", { name: "Fonts" })).toContainText("ZapfDingbats");
  await expect(page.getByRole("tabpanel", { name: "Fonts" })).toContainText("JetBrains Mono NL");
});

test("a large project's full check runs in a worker: compile-only errors show, typing goes on", async ({ userPage: { page } }) => {
  const year = getExample("year-planner", REFERENCE_DATE)?.yaml ?? "";
  // The day master's anchor id is only invalid once "{date}" expands: the quick check cannot see it.
  const anchor = 'dest_id: "day:{date}"';
  const broken = year.replace(anchor, 'dest_id: "day {date}"');
  const line = year.split("\n").findIndex((l) => l.includes(anchor)) + 1;
  expect(line).toBeGreaterThan(0);

  await page.goto("/gallery");
  await page.getByRole("button", { name: `Use this: ${getExample("year-planner")?.title}` }).click();
  await page.waitForURL(/\/projects\/[^/]+$/);
  const editor = page.getByRole("region", { name: "Template editor" });
  const problems = editor.getByRole("region", { name: "Problems", exact: true });
  const status = editor.getByRole("status");
  await expect(status).toHaveText("All 431 pages checked.", { timeout: 30_000 });
  await expect(problems).toContainText("the document is valid");

  await replaceDocument(page, broken);
  await expect(status).toHaveText("Checking all 431 pages…");
  // The editor stays responsive while the worker compiles (a newer text also supersedes the running check).
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.type("\n# still typing");
  await expect(editor.locator(".cm-content")).toContainText("# still typing", { timeout: 2_000 });

  const error = problems.getByRole("button", { name: /destination id "day 2026-01-01" must match/ });
  await expect(error).toBeVisible({ timeout: 30_000 });
  await expect(error).toContainText(`line ${line}`);
  await expect(status).toHaveText("All 431 pages checked.");
  // The list jumps to the line, which carries the inline error.
  await error.click();
  await expect(editor.locator(".cm-lintRange-error").first()).toBeVisible();

  await replaceDocument(page, year);
  await expect(status).toHaveText("All 431 pages checked.", { timeout: 30_000 });
  await expect(problems).toContainText("the document is valid");
  await expect(error).toHaveCount(0);
  await expect(editor.locator(".cm-lintRange-error")).toHaveCount(0);
});
