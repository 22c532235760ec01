import { test, expect, bearer } from "./fixtures";

test("create a token in the UI, call the API with it, revoke it, get 401", async ({ userPage: { page, email }, playwright, baseURL }) => {
  await page.goto("/settings/api-tokens");
  await expect(page.getByText("No API tokens")).toBeVisible();
  await page.getByLabel("Token name").fill("my script");
  await page.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByTestId("new-token").textContent())?.trim() ?? "";
  expect(token).toMatch(/^ink_[A-Za-z0-9_-]{43}$/);

  // A cookie-less client, as a script would be.
  const api = await playwright.request.newContext({ baseURL });
  const me = await api.get("/api/me", { headers: bearer(token) });
  expect(me.status()).toBe(200);
  expect(await me.json()).toMatchObject({ email });

  await page.getByRole("button", { name: "Done" }).click();
  const row = page.getByTestId("token-row").filter({ hasText: "my script" });
  await expect(row).toContainText(token.slice(0, 12));
  page.once("dialog", (d) => d.accept());
  await row.getByRole("button", { name: "Revoke my script" }).click();
  await expect(page.getByText("No API tokens")).toBeVisible();

  const after = await api.get("/api/me", { headers: bearer(token) });
  expect(after.status()).toBe(401);
  expect(await after.json()).toMatchObject({ error: { code: "UNAUTHENTICATED" } });
  const unknown = await api.get("/api/me", { headers: bearer("ink_" + "x".repeat(43)) });
  expect(unknown.status()).toBe(401);
  await api.dispose();
});
