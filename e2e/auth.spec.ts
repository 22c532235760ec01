import { test, expect, devSignIn, uniqueEmail } from "./fixtures";

test("development sign-in creates the user and opens the app shell", async ({ page }) => {
  const email = uniqueEmail("dev");
  await devSignIn(page, email, "Dev Person");
  // A new account lands on the first-run device choice (/projects), an existing one on its projects.
  await expect(page.getByRole("heading", { name: /^(Projects|Welcome to Inkset)$/ })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Jobs" })).toBeVisible();

  const me = await page.request.get("/api/me");
  expect(me.status()).toBe(200);
  expect(await me.json()).toMatchObject({ email, name: "Dev Person", role: "user", plan: "free" });

  await page.getByLabel("User menu").click();
  await page.getByRole("link", { name: "Sign out" }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL("**/sign-in");
  expect((await page.request.get("/api/me")).status()).toBe(401);
});

test("signed-out visitors are sent to sign-in, and the API answers 401 in JSON", async ({ page }) => {
  await page.goto("/projects");
  await expect(page).toHaveURL(/\/sign-in/);
  const res = await page.request.get("/api/projects");
  expect(res.status()).toBe(401);
  expect(await res.json()).toMatchObject({ error: { code: "UNAUTHENTICATED" } });
});

test("OpenID Connect sign-in runs the real authorization-code flow", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Sign in with Test IdP" }).click();

  // The provider's own login and consent pages (oidc-provider dev interactions).
  await page.waitForURL(new RegExp(`127\\.0\\.0\\.1:${process.env.E2E_OIDC_PORT ?? 4010}/interaction/`));
  const login = `oidc-${Date.now()}`;
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("any-password");
  await page.locator('button[type="submit"]').click();
  // The provider asks for consent on the first authorization of this client.
  await page.getByRole("button", { name: /continue/i }).click();

  await page.waitForURL("**/projects");
  const me = await page.request.get("/api/me");
  expect(me.status()).toBe(200);
  expect(await me.json()).toMatchObject({ email: `${login}@idp.test`, name: `OIDC ${login}` });
});
