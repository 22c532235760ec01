import AxeBuilder from "@axe-core/playwright";
import { devSignIn, expect, test } from "./fixtures";

const TEMPLATE = `schema_version: "1.0"
metadata: {name: Links, category: test, created: "2026-01-01", profile: remarkable-2}
canvas: {dimensions: {width: 447.3, height: 596.4, margins: [0, 0, 0, 0]}}
widgets:
  - {id: home, type: anchor, position: {x: 0, y: 0, width: 1, height: 1}, properties: {dest_id: "home:index"}}
  - {id: good, type: internal_link, content: Home, position: {x: 20, y: 20, width: 160, height: 60}, properties: {to_dest: "home:index"}}
  - {id: lost, type: internal_link, content: Nowhere, position: {x: 20, y: 120, width: 160, height: 60}, properties: {to_dest: "nowhere:1"}}
`;

// The editor's page preview shows the page's link check as the full PDF would report it: a count
// when every link leads somewhere, else each problem with its widget, its YAML line and the canvas.
test("the page preview lists the page's broken links and jumps to the widget", async ({ page, apiUser: { api, email } }) => {
  test.setTimeout(120_000);
  const created = await api.post("/api/projects", {
    data: { name: "Link check", device_profile: "remarkable-2", template_yaml: TEMPLATE },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  await devSignIn(page, email);
  await page.goto(`/projects/${id}`);

  const preview = page.getByRole("region", { name: "Preview" });
  const check = preview.getByRole("region", { name: "Link check" });
  await expect(check).toContainText("Links on page 1", { timeout: 60_000 });
  await expect(check).toContainText("1 problem");
  await expect(check).toContainText("Missing target");
  await expect(check).toContainText('internal_link "lost" labelled "Nowhere" links to "nowhere:1", which is not defined on any page');
  // Its YAML line: the "lost" widget is line 7 of the template.
  await expect(check.getByRole("button", { name: "Line 7" })).toBeVisible();

  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    const axe = await new AxeBuilder({ page })
      .include('[data-testid="link-check"]')
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${colorScheme}: ${v.id}`)).toEqual(
      [],
    );
  }

  await check.getByRole("button", { name: "Show on canvas" }).click();
  await expect(page.getByRole("tab", { name: "Canvas" })).toHaveAttribute("aria-selected", "true");
  const canvas = page.getByRole("region", { name: "Canvas editor" });
  await expect(canvas.getByRole("application", { name: /canvas/ }).getByRole("button", { name: "lost", exact: true })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
});
