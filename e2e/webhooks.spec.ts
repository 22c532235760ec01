import { expect, test } from "./fixtures";

test("Settings → Webhooks: the signing secret is hidden until revealed, matches the API, and rotates", async ({ userPage: { page } }) => {
  await page.goto("/settings/webhooks"); // developer settings live under Settings, not the primary nav
  await expect(page.getByRole("heading", { name: "Webhooks" })).toBeVisible();
  const secret = page.getByTestId("webhook-secret");
  await expect(secret).toHaveText(/^whsec_•+$/);

  await page.getByRole("button", { name: "Reveal" }).click();
  await expect(secret).toHaveText(/^whsec_[A-Za-z0-9_-]{20,}$/);
  const first = (await secret.textContent()) ?? "";
  // The page and the API (same session cookie) show the same secret.
  expect((await (await page.request.get("/api/me/webhook-secret")).json()).secret).toBe(first);

  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: "Rotate" }).click();
  await expect(page.getByText("Webhook secret rotated")).toBeVisible();
  await expect(secret).not.toHaveText(first);
  const second = (await secret.textContent()) ?? "";
  expect(second).toMatch(/^whsec_/);
  expect((await (await page.request.get("/api/me/webhook-secret")).json()).secret).toBe(second);
  await expect(page.getByRole("heading", { name: "Checking a job's or batch's webhook_url delivery" })).toBeVisible();
});
