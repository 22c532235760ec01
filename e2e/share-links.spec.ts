// Share links and job e-mail in the browser: the job page's Share dialog (lifetime, create and copy,
// the link downloads signed out, revoke), a tampered link's page, and — with no SMTP configured, as
// in development — Settings → Notifications and the Outbox showing the mail exactly as it would go out.
import { PDFDocument } from "pdf-lib";
import type { Page } from "@playwright/test";
import { sampleTemplate } from "@/tests/helpers/job-templates";
import { expect, test } from "./fixtures";

async function renderFromForm(page: Page, name: string) {
  await page.goto("/render");
  await page.getByLabel("Template YAML").fill(sampleTemplate({ pages: 2, name }));
  await page.getByRole("button", { name: "Render PDF" }).click();
  await page.waitForURL(/\/jobs\/[a-z0-9]+$/);
  await expect(page.getByTestId("job-status")).toHaveAttribute("data-status", "completed", { timeout: 60_000 });
}

/** Desktop, phone and dark shots of what is on screen now, for looking at (test output folder). */
async function shoot(page: Page, name: string, outputPath: (name: string) => string) {
  const size = page.viewportSize();
  await page.screenshot({ path: outputPath(`${name}-desktop.png`) });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.screenshot({ path: outputPath(`${name}-dark.png`) });
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: outputPath(`${name}-phone.png`) });
  if (size) await page.setViewportSize(size);
}

test.describe("share links and job e-mail", () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test("Share dialog: a link for a chosen lifetime downloads the PDF signed out, and revoking it stops it", async ({
    userPage: { page },
    playwright,
    baseURL,
    context,
  }, testInfo) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await renderFromForm(page, "E2E shared planner");

    await page.getByRole("button", { name: "Share" }).click();
    const dialog = page.getByRole("dialog", { name: "Share “E2E shared planner”" });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText("No active links.")).toBeVisible();
    await dialog.getByText("1 day", { exact: true }).click();
    await dialog.getByRole("button", { name: "Create link and copy" }).click();
    const link = dialog.getByTestId("share-link");
    await expect(link).toHaveCount(1);
    const url = await link.getByRole("textbox", { name: "Share link" }).inputValue();
    expect(url).toMatch(new RegExp(`^${baseURL}/s/[a-z0-9]+\\.\\d+\\.[\\w-]{43}$`));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    // One day from now, give or take the test's own time.
    const exp = Number(url.split(".").at(-2)) * 1000;
    expect(Math.abs(exp - Date.now() - 86_400_000)).toBeLessThan(120_000);
    await shoot(page, "share-dialog", (n) => testInfo.outputPath(n));

    // Anyone with the URL, no cookies: the PDF.
    const anonymous = await playwright.request.newContext();
    try {
      const res = await anonymous.get(url);
      expect(res.status()).toBe(200);
      expect(res.headers()["content-type"]).toBe("application/pdf");
      expect((await PDFDocument.load(await res.body())).getPageCount()).toBe(2);

      // A tampered expiry in a signed-out browser: a clear page, not the file.
      const stranger = await (await page.context().browser()!.newContext()).newPage();
      const forged = url.replace(/\.(\d+)\./, (_m, e: string) => `.${Number(e) + 86_400}.`);
      const refused = await stranger.goto(forged);
      expect(refused?.status()).toBe(404);
      await expect(stranger.getByRole("heading", { name: "Link not found" })).toBeVisible();
      await stranger.context().close();

      await link.getByRole("button", { name: "Revoke" }).click();
      await expect(page.getByText("Link revoked: it no longer works")).toBeVisible();
      await expect(dialog.getByTestId("share-link")).toHaveCount(0);
      expect((await anonymous.get(url)).status()).toBe(410);
    } finally {
      await anonymous.dispose();
    }
    await dialog.getByRole("button", { name: "Close", exact: true }).click();
    await expect(dialog).toBeHidden();
  });

  test("no SMTP: Settings → Notifications turns job e-mail on, and the Outbox shows the mail with a working share link", async ({
    userPage: { page, email },
    playwright,
  }, testInfo) => {
    await page.goto("/settings/notifications");
    const toggle = page.getByRole("switch", { name: "E-mail me when a job finishes" });
    await expect(toggle).toHaveAttribute("aria-checked", "false"); // off by default
    await expect(page.getByTestId("no-smtp")).toBeVisible();
    await toggle.click();
    await expect(page.getByText("You will get an e-mail when a job finishes")).toBeVisible();
    await page.reload();
    await expect(toggle).toHaveAttribute("aria-checked", "true");
    await shoot(page, "notifications", (n) => testInfo.outputPath(n));

    await page.goto("/render");
    await expect(page.getByLabel("E-mail me when it finishes (with a share link)")).toBeChecked(); // from the setting
    await renderFromForm(page, "E2E mailed planner");

    await page.goto("/settings/outbox");
    const mail = page.getByTestId("outbox-mail");
    await expect(async () => {
      await page.reload();
      await expect(mail.first()).toContainText("Your PDF is ready: E2E mailed planner", { timeout: 1000 });
    }).toPass({ timeout: 30_000 });
    await expect(mail.first()).toContainText("Kept here");
    await expect(mail.first()).toContainText(`To ${email}`);
    await mail.first().getByText("Your PDF is ready: E2E mailed planner").click();
    await expect(mail.first().locator("iframe")).toBeVisible();
    await mail.first().getByText("Plain-text version").click();
    const text = (await mail.first().locator("pre").textContent()) ?? "";
    expect(text).toContain("Pages: 2 pages");
    const shared = /http:\/\/localhost:\d+\/s\/\S+/.exec(text)?.[0];
    expect(shared).toBeDefined();
    await shoot(page, "outbox", (n) => testInfo.outputPath(n));

    const anonymous = await playwright.request.newContext();
    try {
      const res = await anonymous.get(shared!);
      expect(res.status()).toBe(200);
      expect((await PDFDocument.load(await res.body())).getPageCount()).toBe(2);
    } finally {
      await anonymous.dispose();
    }
  });
});
