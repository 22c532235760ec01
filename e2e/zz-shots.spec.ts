import AxeBuilder from "@axe-core/playwright";
import { startReceiver, type Receiver } from "../tests/helpers/webhook-receiver";
import { devSignIn, expect, test, uniqueEmail } from "./fixtures";

let rx: Receiver;
test.beforeAll(async () => { rx = await startReceiver(); });
test.afterAll(async () => { await rx.close(); });

for (const mode of [
  { name: "desktop", colorScheme: "light", viewport: { width: 1440, height: 900 } },
  { name: "dark", colorScheme: "dark", viewport: { width: 1440, height: 900 } },
  { name: "phone", colorScheme: "light", viewport: { width: 390, height: 844 } },
  { name: "phone-dark", colorScheme: "dark", viewport: { width: 390, height: 844 } },
] as const) {
  test(`shots ${mode.name}`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: mode.colorScheme, viewport: mode.viewport });
    const page = await context.newPage();
    await devSignIn(page, uniqueEmail("shots"));
    await page.goto("/settings/webhooks");
    await page.screenshot({ path: `/tmp/hooks-shots/${mode.name}-empty.png`, fullPage: true });
    const form = page.getByRole("form", { name: "Add webhook endpoint" });
    await form.getByLabel("Endpoint URL").fill(`${rx.base}/hooks/inkset`);
    await form.getByLabel("Description (optional)").fill("Print shop CRM");
    await form.getByRole("button", { name: "Add endpoint" }).click();
    await expect(page.getByTestId("endpoint-secret-once")).toBeVisible();
    await page.screenshot({ path: `/tmp/hooks-shots/${mode.name}-created.png`, fullPage: true });
    await page.getByRole("button", { name: "Done" }).click();
    await form.getByLabel("Endpoint URL").fill(`${rx.base}/fail/receiver`);
    await form.getByLabel("Description (optional)").fill("");
    await form.getByRole("checkbox", { name: /Job failed/ }).uncheck();
    await form.getByRole("button", { name: "Add endpoint" }).click();
    await expect(page.getByTestId("endpoint-card")).toHaveCount(2);
    const cards = page.getByTestId("endpoint-card");
    await cards.nth(0).getByRole("button", { name: "Send test event" }).click();
    await expect(cards.nth(0).getByTestId("delivery-row")).toHaveCount(1);
    await cards.nth(0).getByRole("button", { name: "Send test event" }).click();
    await expect(cards.nth(0).getByTestId("delivery-row")).toHaveCount(2);
    await cards.nth(1).getByRole("button", { name: "Send test event" }).click();
    await expect(cards.nth(1).getByTestId("delivery-row")).toHaveCount(1);
    await cards.nth(1).getByRole("button", { name: "Pause" }).click();
    await expect(cards.nth(1).getByText("Paused", { exact: true })).toBeVisible();
    await cards.nth(0).getByTestId("delivery-row").first().locator("summary").click();
    await cards.nth(1).getByTestId("delivery-row").first().locator("summary").click();
    await page.waitForTimeout(500);
    await page.screenshot({ path: `/tmp/hooks-shots/${mode.name}-log.png`, fullPage: true });
    await cards.nth(0).screenshot({ path: `/tmp/hooks-shots/${mode.name}-card0.png` });
    await cards.nth(1).screenshot({ path: `/tmp/hooks-shots/${mode.name}-card1.png` });
    await form.screenshot({ path: `/tmp/hooks-shots/${mode.name}-form.png` });
    const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const serious = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
    expect(serious).toEqual([]);
    await context.close();
  });
}
