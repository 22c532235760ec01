import { getExample, REFERENCE_DATE } from "@/lib/examples";
import { devSignIn, expect, test } from "./fixtures";

type Outline = { title: string; page: number | null; children: Outline[] };
type PagePreview = { page: number; links: { page: number }[]; outline?: Outline[] };

// Issue 13: the editor's Preview has working internal links and the outline, like a finished job's
// page view: the outline jumps to a month, a day on the month opens that day's page.
test("the editor's Preview follows the planner's links and outline", async ({ page, apiUser: { api, email } }) => {
  test.setTimeout(180_000);
  const yaml = getExample("year-planner", REFERENCE_DATE)!.yaml;
  const created = await api.post("/api/projects", {
    data: { name: "Year with links", device_profile: "boox-note-air-4c", template_yaml: yaml },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };

  // Where March and 14 March are, from the API (the route test checks these against the full PDF).
  const ask = async (destination: string) =>
    (await (
      await api.post("/api/preview/page", {
        data: { yaml_content: yaml, profile: "boox-note-air-4c", page: 1, destination, width: 100, outline: true },
      })
    ).json()) as PagePreview;
  const march = await ask("month:2026-03");
  const day = (await ask("day:2026-03-14")).page;
  expect(march.links.map((l) => l.page)).toContain(day);
  const marchEntry = march.outline!.flatMap((y) => y.children).find((m) => m.page === march.page);
  expect(marchEntry).toBeDefined();

  await devSignIn(page, email);
  await page.goto(`/projects/${id}`);
  const preview = page.getByRole("region", { name: "Preview" });
  const view = preview.getByRole("region", { name: "Page view" });
  await expect(view.getByTestId("page-status")).toContainText("page 1 of 431", { timeout: 60_000 });

  // The outline: the year, its months, … ; picking March shows March's page.
  await preview.getByRole("tab", { name: "Outline" }).click();
  const outline = preview.getByRole("navigation", { name: "Outline" });
  await outline.getByRole("button", { name: marchEntry!.title, exact: true }).click();
  await expect(view.getByLabel("Page", { exact: true })).toHaveValue(String(march.page));
  await expect(view.getByTestId("page-status")).toContainText(`page ${march.page} of 431`, { timeout: 60_000 });
  await expect(outline.getByRole("button", { name: marchEntry!.title, exact: true })).toHaveAttribute("aria-current", "page");

  // A link on the page, reached by keyboard like any button, opens 14 March.
  const link = view.getByRole("button", { name: `Go to page ${day}` }).first();
  await link.focus();
  await expect(link).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(view.getByLabel("Page", { exact: true })).toHaveValue(String(day));
  await expect(view.getByTestId("page-status")).toContainText(`page ${day} of 431`, { timeout: 60_000 });
  await expect(preview.getByTestId("drawn-by")).toContainText("“day”");
  // And a click on a link of the day page (its month, back up the hierarchy) lands there.
  await view
    .getByRole("button", { name: `Go to page ${march.page}` })
    .first()
    .click();
  await expect(view.getByTestId("page-status")).toContainText(`page ${march.page} of 431`, { timeout: 60_000 });
});
