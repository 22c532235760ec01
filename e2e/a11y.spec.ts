// Every page through axe-core (WCAG 2.x A/AA), in light and dark and on a phone: no serious or
// critical violations. The pages hold real data: a project, a finished job.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";

const MODES = [
  { name: "light desktop", colorScheme: "light", viewport: { width: 1440, height: 900 } },
  { name: "dark desktop", colorScheme: "dark", viewport: { width: 1440, height: 900 } },
  { name: "dark phone", colorScheme: "dark", viewport: { width: 390, height: 844 } },
  { name: "light phone", colorScheme: "light", viewport: { width: 390, height: 844 } },
] as const;

async function scan(page: Page, label: string) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes
          .slice(0, 5)
          .map((n) => n.target.join(" "))
          .join("\n    ")}`,
    );
  expect(serious, `${label}\n${serious.join("\n")}`).toEqual([]);
}

for (const mode of MODES) {
  test(`no serious accessibility violations on any page (${mode.name})`, async ({ browser }) => {
    test.setTimeout(240_000);
    const context = await browser.newContext({ colorScheme: mode.colorScheme, viewport: mode.viewport });
    const page = await context.newPage();
    try {
      await page.goto("/sign-in");
      await scan(page, "/sign-in");
      await page.getByLabel("E-mail").fill(`a11y-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@e2e.test`);
      await page.getByRole("button", { name: "Continue with development sign-in" }).click();
      await page.waitForURL("**/projects");
      await scan(page, "/projects (first run)");

      await page.getByRole("radio", { name: /^reMarkable 2\b/ }).check();
      await page.getByRole("button", { name: "Continue" }).click();
      await expect(page.getByRole("heading", { name: "Projects", exact: true })).toBeVisible();
      await page.getByLabel("Name").fill("Accessible notes");
      await page.getByRole("button", { name: "Create project" }).click();
      await page.waitForURL(/\/projects\/[^/]+$/);
      await expect(page.getByRole("region", { name: "Problems" }).first()).toContainText("valid");
      await scan(page, "/projects/[id]");

      await page.getByRole("button", { name: "Render PDF" }).click();
      await page.waitForURL(/\/jobs\/[^/]+$/);
      await expect(page.getByTestId("job-status")).toHaveAttribute("data-status", "completed", { timeout: 60_000 });
      await scan(page, "/jobs/[id]");
      await page.getByRole("button", { name: "Share" }).click();
      await page.getByRole("button", { name: "Create link and copy" }).click();
      await expect(page.getByTestId("share-link")).toHaveCount(1);
      await scan(page, "/jobs/[id] Share dialog");
      await page.getByRole("button", { name: "Close", exact: true }).click();

      for (const path of [
        "/projects",
        "/jobs",
        "/render",
        "/gallery",
        "/settings/device",
        "/settings/account",
        "/settings/api-tokens",
        "/settings/assets",
        "/settings/webhooks",
        "/settings/notifications",
        "/settings/outbox",
        "/jobs/cl000000000000000000000000",
      ]) {
        await page.goto(path);
        // Not "networkidle": pages with live status keep their event stream open.
        await page.locator("main").first().waitFor();
        await page.waitForTimeout(300);
        await scan(page, path);
      }
    } finally {
      await context.close();
    }
  });
}
