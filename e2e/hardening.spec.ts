// Issue 16: web hardening seen from outside, against the production build.
import { test, expect } from "./fixtures";

test.describe("sign-in callback", () => {
  for (const evil of ["/\\evil.invalid/x", "/\t/evil.invalid/x", "/\\/evil.invalid", "//evil.invalid/x", "https://evil.invalid/"]) {
    test(`a signed-in user is never redirected off-site by callbackUrl=${JSON.stringify(evil)}`, async ({ userPage: { page } }) => {
      const res = await page.request.get(`/sign-in?callbackUrl=${encodeURIComponent(evil)}`, { maxRedirects: 0 });
      expect(res.status()).toBeGreaterThanOrEqual(300);
      expect(res.status()).toBeLessThan(400);
      const location = res.headers()["location"] ?? "";
      const target = new URL(location, page.url());
      expect(target.origin).toBe(new URL(page.url()).origin);
      expect(location).not.toMatch(/[\\\t]|^\/\//);
      expect(target.pathname).toBe("/projects");
    });
  }

  test("a same-origin callback is honoured", async ({ userPage: { page } }) => {
    const res = await page.request.get(`/sign-in?callbackUrl=${encodeURIComponent("/settings/account")}`, { maxRedirects: 0 });
    expect(new URL(res.headers()["location"] ?? "", page.url()).pathname).toBe("/settings/account");
  });
});
