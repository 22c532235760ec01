import AxeBuilder from "@axe-core/playwright";
import { Webhook } from "standardwebhooks";
import { plainHeaders, startReceiver, type Receiver } from "../tests/helpers/webhook-receiver";
import { expect, test } from "./fixtures";

let rx: Receiver;
test.beforeAll(async () => {
  rx = await startReceiver();
});
test.afterAll(async () => {
  await rx.close();
});

test("Settings → Webhooks: add an endpoint, send a test event, see it in the log and resend it", async ({ userPage: { page } }) => {
  await page.goto("/settings/webhooks");
  await expect(page.getByRole("heading", { name: "Endpoints" })).toBeVisible();

  // A URL the policy refuses is named in the form.
  const form = page.getByRole("form", { name: "Add webhook endpoint" });
  await form.getByLabel("Endpoint URL").fill("ftp://hooks.example.com/x");
  await form.getByRole("button", { name: "Add endpoint" }).click();
  await expect(form.getByText("must be an https URL")).toBeVisible();

  await form.getByLabel("Endpoint URL").fill(`${rx.base}/e2e-hook`);
  await form.getByLabel("Description (optional)").fill("Print shop CRM");
  await form.getByRole("checkbox", { name: /Job cancelled/ }).uncheck();
  await form.getByRole("button", { name: "Add endpoint" }).click();
  const once = page.getByTestId("endpoint-secret-once");
  await expect(once).toHaveText(/^whsec_[A-Za-z0-9+/]{43}=$/);
  const secret = (await once.textContent()) ?? "";

  const card = page.getByTestId("endpoint-card");
  await expect(card.getByText(`${rx.base}/e2e-hook`)).toBeVisible();
  await expect(card.getByText("Job completed")).toBeVisible();
  await expect(card.getByText("Job cancelled")).toHaveCount(0);
  await expect(card.getByText("No deliveries yet")).toBeVisible();

  // Reveal shows the same secret as at creation.
  await card.getByRole("button", { name: "Reveal" }).click();
  await expect(card.getByTestId("endpoint-secret")).toHaveText(secret);

  await card.getByRole("button", { name: "Send test event" }).click();
  await expect(page.getByText("Test event: delivered (HTTP 200)")).toBeVisible();
  const rows = card.getByTestId("delivery-row");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("webhook.test");
  await expect(rows.first()).toContainText("Delivered");
  await expect(rows.first()).toContainText("200");

  // The receiver got it, and a Standard Webhooks library accepts it with the secret.
  expect(rx.at("/e2e-hook")).toHaveLength(1);
  const event = new Webhook(secret).verify(rx.at("/e2e-hook")[0]!.body, plainHeaders(rx.at("/e2e-hook")[0]!.headers)) as { type: string };
  expect(event.type).toBe("webhook.test");

  // The payload is in the log.
  await rows.first().locator("summary").click();
  await expect(rows.first().getByTestId("delivery-payload")).toContainText('"type": "webhook.test"');

  await rows.first().getByRole("button", { name: "Resend webhook.test delivery" }).click();
  await expect(page.getByText("Resent: delivered (HTTP 200)")).toBeVisible();
  await expect(rows).toHaveCount(2);
  expect(rx.at("/e2e-hook")).toHaveLength(2);
  expect(rx.at("/e2e-hook")[1]!.headers["webhook-id"]).toBe(rx.at("/e2e-hook")[0]!.headers["webhook-id"]);

  // The page with an endpoint, an open log row and its payload has no serious accessibility problems
  // (a11y.spec.ts scans it empty, in every mode).
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
});
