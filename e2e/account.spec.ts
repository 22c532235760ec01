import { bearer, createTokenFor, expect, test } from "./fixtures";

test("delete the account from Settings → Account: typed confirmation, signed out, token refused", async ({
  userPage: { page, email },
  playwright,
  baseURL,
}) => {
  const token = createTokenFor(email);
  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: bearer(token) });
  try {
    const created = await api.post("/api/projects", { data: { name: "Doomed planner" } });
    expect(created.status()).toBe(201);

    await page.getByLabel("User menu").click();
    await page.getByRole("link", { name: "Settings", exact: true }).click();
    await page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Account" }).click();
    await expect(page.getByRole("heading", { name: "Account", exact: true })).toBeVisible();
    await expect(page.getByTestId("account-summary")).toHaveText("1 project, 0 jobs, 0 assets, 1 API token");

    const form = page.getByRole("form", { name: "Delete account" });
    const button = form.getByRole("button", { name: "Delete account" });
    await expect(button).toBeDisabled();
    await form.getByLabel(/to confirm/).fill("someone-else@e2e.test");
    await expect(button).toBeDisabled();
    await form.getByLabel(/to confirm/).fill(email.toUpperCase());
    await button.click();

    await page.waitForURL("**/sign-in?deleted=1");
    await expect(page.getByRole("status")).toHaveText("Your account and everything in it have been deleted.");
    expect((await api.get("/api/me")).status()).toBe(401);
    await page.goto("/projects");
    await page.waitForURL("**/sign-in**");
  } finally {
    await api.dispose();
  }
});
