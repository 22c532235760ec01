import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { test as base, expect, type Page, type APIRequestContext } from "@playwright/test";

export { expect };

/** A unique e-mail per test keeps tests independent on one shared database. */
export const uniqueEmail = (label: string) => `${label}-${randomUUID().slice(0, 8)}@e2e.test`;

/** Signs in through the real development sign-in form. */
export async function devSignIn(page: Page, email: string, name?: string) {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail").fill(email);
  if (name) await page.getByLabel("Name (optional)").fill(name);
  await page.getByRole("button", { name: "Continue with development sign-in" }).click();
  await page.waitForURL("**/projects");
}

/** An API token for `email`, made the way operators do it (`npm run tokens:create`). */
export function createTokenFor(email: string): string {
  return execFileSync("npx", ["tsx", "scripts/tokens-create.ts", "--email", email, "--name", "e2e"], {
    env: { ...process.env },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
  }).trim();
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

type Fixtures = {
  /** A signed-in browser page for a fresh user. */
  userPage: { page: Page; email: string };
  /** A fresh user's API token and a request context that sends no cookies. */
  apiUser: { email: string; token: string; api: APIRequestContext };
};

export const test = base.extend<Fixtures>({
  userPage: async ({ page }, use) => {
    const email = uniqueEmail("user");
    await devSignIn(page, email);
    await use({ page, email });
  },
  apiUser: async ({ playwright, baseURL }, use) => {
    const email = uniqueEmail("api");
    const token = createTokenFor(email);
    const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: bearer(token) });
    await use({ email, token, api });
    await api.dispose();
  },
});
