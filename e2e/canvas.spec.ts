import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// The canvas edits the YAML in place: numbers change where they stand, comments and key order stay.
const DOC = `schema_version: "1.0"
metadata:
  name: Canvas page
  category: notes
  created: "2026-01-01T00:00:00Z"
  profile: remarkable-2
canvas:
  dimensions: {width: 447.3, height: 596.4, margins: [36, 36, 36, 36]}
widgets:
  # keep this comment
  - id: title
    type: text_block
    position: {x: 40, y: 40, width: 200, height: 30} # heading
    content: "Canvas heading"
    styling: {size: 18}
  - {id: box_a, type: box, position: {x: 60, y: 120, width: 100, height: 60}}
  - {id: box_b, type: box, position: {x: 230, y: 220, width: 120, height: 80}}
`;

async function replaceDocument(page: Page, text: string) {
  const content = page.getByRole("region", { name: "Template editor" }).locator(".cm-content");
  await content.click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.insertText(text);
}

/** The YAML as CodeMirror holds it (the document is short, so every line is in the DOM). */
const yamlText = (page: Page) =>
  page
    .locator(".cm-content .cm-line")
    .allInnerTexts()
    .then((lines) => lines.join("\n"));

async function position(page: Page, id: string) {
  const text = await yamlText(page);
  const line =
    text.split("\n").find((l) => l.includes(`id: ${id}`) && l.includes("position")) ??
    text.split("\n").find((l, i, all) => all[i - 2]?.includes(`id: ${id}`) && l.includes("position"));
  const m = /x: ([\d.]+), y: ([\d.]+), width: ([\d.]+), height: ([\d.]+)/.exec(line ?? "");
  if (!m) throw new Error(`no position for ${id} in:\n${text}`);
  return { x: Number(m[1]), y: Number(m[2]), width: Number(m[3]), height: Number(m[4]) };
}

async function box(page: Page, id: string): Promise<Locator> {
  const b = page.getByRole("application", { name: /canvas/ }).getByRole("button", { name: id, exact: true });
  await expect(b).toBeVisible();
  return b;
}

test("move and resize by mouse and keyboard, align, undo across canvas and text, text moves boxes, diagnostics, axe", async ({
  userPage: { page },
}) => {
  test.setTimeout(120_000);
  await page.goto("/gallery");
  await page.getByRole("button", { name: "Use this: Daily page" }).click();
  await page.waitForURL(/\/projects\/[^/]+$/);
  await replaceDocument(page, DOC);
  await page.getByRole("tab", { name: "Canvas" }).click();
  await expect(page.getByTestId("canvas-picture")).toBeVisible({ timeout: 45_000 });

  // Keyboard: 1 pt, 10 pt with Shift, resize with Shift+Alt.
  const title = await box(page, "title");
  await title.focus();
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => position(page, "title")).toEqual({ x: 41, y: 40, width: 200, height: 30 });
  await page.keyboard.press("Shift+ArrowDown");
  await expect.poll(() => position(page, "title")).toEqual({ x: 41, y: 50, width: 200, height: 30 });
  await page.keyboard.press("Shift+Alt+ArrowRight");
  await expect.poll(() => position(page, "title")).toEqual({ x: 41, y: 50, width: 201, height: 30 });
  let text = await yamlText(page);
  expect(text).toContain("  # keep this comment");
  expect(text).toContain("position: {x: 41, y: 50, width: 201, height: 30} # heading");
  // Key order within the widget is unchanged.
  expect(text.indexOf("type: text_block")).toBeLessThan(text.indexOf("position: {x: 41"));
  expect(text.indexOf("position: {x: 41")).toBeLessThan(text.indexOf('content: "Canvas heading"'));

  // Mouse: drag box_a by about 50 × 40 pt; it lands on the 10-pt grid.
  const a = await box(page, "box_a");
  const stage = page.getByRole("application", { name: /canvas/ });
  const scale = (await stage.boundingBox())!.width / 447.3;
  await a.scrollIntoViewIfNeeded();
  const ab = (await a.boundingBox())!;
  await page.mouse.move(ab.x + ab.width / 2, ab.y + ab.height / 2);
  await page.mouse.down();
  await page.mouse.move(ab.x + ab.width / 2 + 25 * scale, ab.y + ab.height / 2 + 20 * scale, { steps: 4 });
  await page.mouse.move(ab.x + ab.width / 2 + 50 * scale, ab.y + ab.height / 2 + 40 * scale, { steps: 4 });
  await page.mouse.up();
  await expect.poll(() => position(page, "box_a")).toEqual({ x: 110, y: 160, width: 100, height: 60 });

  // Resize by the bottom-right handle.
  const handle = a.locator('[data-handle="se"]');
  await handle.scrollIntoViewIfNeeded();
  const hb = (await handle.boundingBox())!;
  await page.mouse.move(hb.x + hb.width / 2, hb.y + hb.height / 2);
  await page.mouse.down();
  await page.mouse.move(hb.x + 30 * scale, hb.y + 20 * scale, { steps: 5 });
  await page.mouse.up();
  await expect.poll(async () => (await position(page, "box_a")).width).toBe(130);
  expect((await position(page, "box_a")).height).toBe(80);

  // Multi-select with shift-click, then align left edges.
  await (await box(page, "box_a")).click();
  await (await box(page, "box_b")).click({ modifiers: ["Shift"] });
  await page.getByRole("button", { name: "Align left edges" }).click();
  await expect.poll(async () => (await position(page, "box_b")).x).toBe(110);
  expect((await position(page, "box_a")).x).toBe(110);

  // Undo (canvas button) and redo; then undo from the text editor takes back a canvas edit too.
  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await expect.poll(async () => (await position(page, "box_b")).x).toBe(230);
  await page.getByRole("button", { name: "Redo", exact: true }).click();
  await expect.poll(async () => (await position(page, "box_b")).x).toBe(110);
  await page.getByRole("region", { name: "Template editor" }).locator(".cm-content").click();
  await page.keyboard.press("ControlOrMeta+z");
  await expect.poll(async () => (await position(page, "box_b")).x).toBe(230);

  // Typing in the YAML moves the box.
  text = await yamlText(page);
  await replaceDocument(
    page,
    text.replace("{id: box_b, type: box, position: {x: 230, y: 220", "{id: box_b, type: box, position: {x: 300, y: 220"),
  );
  await expect(await box(page, "box_b")).toHaveAttribute("data-x", "300");

  // A diagnostic shows on the widget it names.
  text = await yamlText(page);
  await replaceDocument(page, text.replace("{x: 300, y: 220, width: 120", "{x: 300, y: 220, width: -5"));
  await expect(await box(page, "box_b")).toHaveAttribute("data-problem", "true");
  await expect(page.getByRole("application", { name: /canvas/ })).toContainText("box_b — must be > 0");

  // Accessibility: no serious or critical axe violations on the editor with the canvas open.
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const bad = axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
});
