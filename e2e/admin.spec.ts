// The operator dashboard in a real browser against `next start`: every admin page and route is 404
// for signed-out visitors and normal users; an admin (made with the server-side script) sees the
// figures of seeded job events, finds a user by e-mail and changes their plan and limits (typed input
// kept after a validation error), and cancels another user's running render from the list of all jobs.
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { plannerYaml } from "@/bench/planner";
import { devSignIn, expect, test, uniqueEmail } from "./fixtures";

const ADMIN_PAGES = ["/admin", "/admin?days=30", "/admin/users", "/admin/users?q=a", "/admin/jobs"];
const ADMIN_API = ["/api/admin/stats", "/api/admin/users", "/api/admin/jobs", `/api/admin/users/c${"0".repeat(24)}`];

const tsx = (script: string, ...args: string[]) =>
  execFileSync("npx", ["tsx", script, ...args], { env: { ...process.env }, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

async function expectNotFound(page: Page, url: string) {
  const res = await page.goto(url);
  expect(res?.status(), url).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
}

test.describe("operator dashboard", () => {
  test("is 404 for signed-out visitors, pages and API alike", async ({ page, request }) => {
    for (const url of ADMIN_PAGES) await expectNotFound(page, url);
    for (const url of ADMIN_API) expect((await request.get(url)).status(), url).toBe(404);
    expect((await request.delete(`/api/admin/jobs/c${"0".repeat(24)}`)).status()).toBe(404);
  });

  test("is 404 for a signed-in normal user, with no link to it", async ({ userPage: { page } }) => {
    for (const url of ADMIN_PAGES) await expectNotFound(page, url);
    for (const url of ADMIN_API) expect((await page.request.get(url)).status(), url).toBe(404);
    await page.goto("/projects");
    await page.getByLabel(/User menu/).click();
    await expect(page.getByRole("link", { name: "Settings", exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "Operator dashboard" })).toHaveCount(0);
  });

  test("an admin sees seeded figures, changes a user's plan and cancels another user's render", async ({ page, browser }, testInfo) => {
    test.setTimeout(120_000);
    const tag = randomUUID().slice(0, 8);
    const adminEmail = uniqueEmail("operator");
    const customer = uniqueEmail(`customer-${tag}`);
    tsx("e2e/seed-job-events.ts", "--email", customer, "--tag", tag);
    // The one way to make an operator: the server-side script.
    await devSignIn(page, adminEmail);
    tsx("scripts/users-set.ts", "--email", adminEmail, "--role", "admin");

    await page.goto("/projects");
    await page.getByLabel(/User menu/).click();
    await page.getByRole("link", { name: "Operator dashboard" }).click();
    await expect(page.getByRole("heading", { name: "Operator dashboard" })).toBeVisible();
    await expect(page.getByRole("img", { name: "Render time" })).toBeVisible();
    await expect(page.getByRole("img", { name: "Failure rate" })).toBeVisible();
    // Failures are grouped by message: the seed wrote 7 time-outs and 3 template errors.
    const causes = page.getByRole("region", { name: "Top failure causes" });
    await expect(causes.getByRole("row", { name: new RegExp(`Render timed out after 120 s \\(${tag}\\) 7`) })).toBeVisible();
    await expect(causes.getByRole("row", { name: new RegExp(`unknown widget "habit-grid" \\(${tag}\\) 3`) })).toBeVisible();
    await shoot(page, testInfo, "admin-overview");
    // The chart's figures are also a table.
    await page.getByText("Show as a table").first().click();
    await expect(page.getByRole("table", { name: "Render time, per day" })).toBeVisible();

    await page.getByRole("navigation", { name: "Operator" }).getByRole("link", { name: "Users" }).click();
    await page.getByRole("searchbox", { name: "Search by e-mail" }).fill(`customer-${tag}`);
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page.getByRole("row")).toHaveCount(2); // the header and the one match
    await shoot(page, testInfo, "admin-users");
    await page.getByRole("link", { name: customer }).click();
    await expect(page.getByRole("heading", { name: customer })).toBeVisible();

    // A bad value: the server names the field and every field keeps what was typed.
    await page.getByLabel("Pro", { exact: true }).check();
    await page.getByLabel("Jobs per day").fill("lots");
    await page.getByLabel("Pages per month").fill("5000");
    await page.getByRole("button", { name: "Save plan and limits" }).click();
    await expect(page.getByText("must be a whole number, or empty for the plan's value")).toBeVisible();
    await expect(page.getByLabel("Jobs per day")).toHaveValue("lots");
    await expect(page.getByLabel("Pages per month")).toHaveValue("5000");
    await expect(page.getByLabel("Pro", { exact: true })).toBeChecked();
    await shoot(page, testInfo, "admin-user-error");

    await page.getByLabel("Jobs per day").fill("250");
    await page.getByRole("button", { name: "Save plan and limits" }).click();
    await expect(page.getByText("Plan and limits saved")).toBeVisible();
    await expect(page.getByText("custom limits")).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: "Jobs today" })).toContainText("of 250");
    await expect(page.getByRole("listitem").filter({ hasText: "Pages this month" })).toContainText("of 5,000");
    const usage = await (await page.request.get(`/api/admin/users?q=customer-${tag}`)).json();
    expect(usage.users[0]).toMatchObject({ plan: "pro", overridden: true });

    // Another user's long render, cancelled from the operator's list of every active job.
    const owner = await browser.newContext();
    const ownerPage = await owner.newPage();
    await devSignIn(ownerPage, uniqueEmail("renderer"));
    await ownerPage.goto("/render");
    await ownerPage.getByLabel("Template YAML").fill(plannerYaml("2026-01-01", "2027-12-31"));
    await ownerPage.getByRole("button", { name: "Render PDF" }).click();
    await ownerPage.waitForURL(/\/jobs\/[a-z0-9]+$/);
    const jobId = new URL(ownerPage.url()).pathname.split("/").pop()!;

    await page.getByRole("navigation", { name: "Operator" }).getByRole("link", { name: "Active jobs" }).click();
    const row = page.getByTestId("admin-job-row").filter({ hasText: jobId });
    await expect(row).toBeVisible();
    await shoot(page, testInfo, "admin-jobs");
    await row.getByRole("button", { name: /^Cancel / }).click();
    await expect(page.getByText(/^Cancelled “/)).toBeVisible();
    await expect(row).toHaveCount(0);
    await expect(ownerPage.getByTestId("job-status")).toHaveAttribute("data-status", "cancelled", { timeout: 30_000 });
    await owner.close();
  });
});

/** Desktop, phone and dark screenshots of the current page, attached to the report. */
async function shoot(page: Page, testInfo: import("@playwright/test").TestInfo, name: string) {
  const url = page.url();
  const sizes = [
    { suffix: "desktop", width: 1440, height: 900, scheme: "light" as const },
    { suffix: "phone", width: 390, height: 844, scheme: "light" as const },
    { suffix: "dark", width: 1440, height: 900, scheme: "dark" as const },
  ];
  for (const s of sizes) {
    await page.setViewportSize({ width: s.width, height: s.height });
    await page.emulateMedia({ colorScheme: s.scheme });
    // Wide tables scroll inside their frame; the page itself never scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} at ${s.width} px`).toBeLessThanOrEqual(s.width);
    const path = testInfo.outputPath(`${name}-${s.suffix}.png`);
    await page.screenshot({ path, fullPage: true });
    await testInfo.attach(`${name}-${s.suffix}`, { path, contentType: "image/png" });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.emulateMedia({ colorScheme: "light" });
  expect(page.url()).toBe(url);
}
