// The template language reference is served by the app: public, § anchors, links between its pages,
// and the editor's reference panel opening the section of a widget.
import AxeBuilder from "@axe-core/playwright";
import { test, expect } from "./fixtures";

test("the reference pages pass an accessibility check in light and dark mode", async ({ page }) => {
  for (const theme of ["light", "dark"]) {
    await page.emulateMedia({ colorScheme: theme as "light" | "dark" });
    for (const path of ["/docs/template-language", "/docs/template-language/widgets", "/docs/template-language/profiles"]) {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(serious.map((v) => `${theme} ${path}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target}`)).toEqual([]);
    }
  }
});

test("the reference is public and every § heading has its anchor", async ({ page }) => {
  await page.goto("/docs");
  await expect(page).toHaveURL(/\/docs\/template-language$/);
  await expect(page.getByRole("heading", { level: 1, name: "The Inkset template language" })).toBeVisible();
  await expect(page.locator("#s1-4")).toHaveText(/1\.4 What Inkset does differently/);

  await page.getByRole("link", { name: "Widgets", exact: true }).first().click();
  await expect(page).toHaveURL(/\/docs\/template-language\/widgets$/);
  await expect(page.locator("#s3-15")).toContainText("calendar");
  await page.locator("#s3-15 ~ div a", { hasText: "§7.8" }).first().click();
  await expect(page).toHaveURL(/\/docs\/template-language\/profiles#s7-8$/);
  await expect(page.locator("#s7-8")).toBeInViewport();

  expect((await page.request.get("/docs/template-language/no-such-page")).status()).toBe(404);
});

test("a § anchor on the index goes to the page that holds the section", async ({ page }) => {
  await page.goto("/docs/template-language#s5-7");
  await expect(page).toHaveURL(/\/docs\/template-language\/tokens#s5-7$/);
  await expect(page.getByRole("heading", { name: "5.7 Languages (locales)" })).toBeInViewport();
});

test("the editor's reference panel links each widget to its section", async ({ userPage: { page } }) => {
  await page.goto("/gallery");
  await page.getByRole("button", { name: "Use this: Cornell notes" }).click();
  await page.waitForURL(/\/projects\/[^/]+$/);
  await page.getByRole("region", { name: "Template editor" }).getByRole("tab", { name: "Reference" }).click();
  const link = page.getByRole("tabpanel", { name: "Widgets" }).getByRole("link", { name: "calendar", exact: true });
  await expect(link).toHaveAttribute("href", "/docs/template-language/widgets#s3-15");
  await expect(link).toHaveAttribute("target", "_blank");

  const [docs] = await Promise.all([page.waitForEvent("popup"), link.click()]);
  await expect(docs.locator("#s3-15")).toBeInViewport();
  // The editor stays where it was.
  await expect(page).toHaveURL(/\/projects\/[^/]+$/);
});
