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

test.describe("security headers", () => {
  test("pages carry a nonce CSP that forbids framing; the app still runs under it", async ({ userPage: { page } }) => {
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    const nonces = new Set<string>();
    for (const path of ["/settings/api-tokens", "/settings/account", "/settings/webhooks", "/projects"]) {
      const res = await page.goto(path);
      const h = res?.headers() ?? {};
      const csp = h["content-security-policy"] ?? "";
      expect(csp, path).toContain("frame-ancestors 'none'");
      const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
      expect(nonce, path).toBeTruthy();
      nonces.add(nonce ?? "");
      expect(h["x-content-type-options"]).toBe("nosniff");
      expect(h["x-frame-options"]).toBe("DENY");
      expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      // Plain http here: HSTS would be meaningless.
      expect(h["strict-transport-security"]).toBeUndefined();
    }
    expect(nonces.size).toBe(4);
    // Hydrated under the policy: a client-side interaction works (the token form validates and creates).
    await page.goto("/settings/api-tokens");
    await page.getByLabel("Token name").fill("csp check");
    await page.getByRole("button", { name: "Create token" }).click();
    await expect(page.getByTestId("new-token")).toBeVisible();
    expect(violations).toEqual([]);
  });

  test("authenticated API answers are no-store with nosniff; HSTS appears behind TLS", async ({ userPage: { page } }) => {
    for (const path of ["/api/me", "/api/projects", "/api/tokens"]) {
      const res = await page.request.get(path);
      expect(res.status(), path).toBe(200);
      expect(res.headers()["cache-control"], path).toBe("no-store");
      expect(res.headers()["x-content-type-options"], path).toBe("nosniff");
      expect(res.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
    }
    const tls = await page.request.get("/api/health", { headers: { "x-forwarded-proto": "https" } });
    expect(tls.headers()["strict-transport-security"]).toMatch(/max-age=\d+/);
  });
});
