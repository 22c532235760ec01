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

test.describe("CSRF on cookie-authenticated JSON routes", () => {
  const VALID_YAML = `schema_version: "1.0"
metadata: {name: csrf, category: notes, created: "2026-01-01T00:00:00Z", profile: remarkable-2}
canvas: {dimensions: {width: 447.3, height: 596.4, margins: [36, 36, 36, 36]}}
widgets:
  - {id: t, type: text_block, position: {x: 36, y: 36, width: 300, height: 30}, content: "hi"}
`;

  test("what an HTML form on another site can send is refused, and nothing changes", async ({ userPage: { page } }) => {
    const secretBefore = (await (await page.request.get("/api/me/webhook-secret")).json()).secret;
    const formLike = { origin: "http://evil.invalid", "content-type": "text/plain" };
    const attempts = [
      page.request.post("/api/me/webhook-secret", { headers: formLike, data: "" }),
      page.request.post("/api/tokens", { headers: formLike, data: JSON.stringify({ name: "stolen" }) }),
      page.request.post("/api/pdf/jobs", { headers: formLike, data: JSON.stringify({ yaml_content: VALID_YAML }) }),
      // JSON from a sibling site (a CORS preflight would be needed, but refuse it here too) …
      page.request.post("/api/tokens", {
        headers: { origin: "http://evil.invalid", "content-type": "application/json" },
        data: { name: "x" },
      }),
      // … and a same-origin browser context is not enough without JSON.
      page.request.post("/api/tokens", {
        headers: { "sec-fetch-site": "same-site", "content-type": "application/json" },
        data: { name: "x" },
      }),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res.status()).toBe(403);
      expect((await res.json()).error).toMatchObject({ code: "FORBIDDEN", message: expect.stringContaining("Cross-site request refused") });
    }
    expect((await (await page.request.get("/api/me/webhook-secret")).json()).secret).toBe(secretBefore);
    expect((await (await page.request.get("/api/tokens")).json()).tokens).toEqual([]);
    expect((await (await page.request.get("/api/pdf/jobs")).json()).total).toBe(0);
  });

  test("the app's own pages still write with fetch, and Bearer callers are unaffected", async ({
    userPage: { page },
    apiUser: { api },
  }) => {
    await page.goto("/projects");
    const status = await page.evaluate(async () => {
      const res = await fetch("/api/me/webhook-secret", { method: "POST", headers: { "content-type": "application/json" } });
      return res.status;
    });
    expect(status).toBe(200);
    const bearer = await api.post("/api/projects", {
      headers: { origin: "http://elsewhere.invalid", "content-type": "application/json" },
      data: { name: "from a script" },
    });
    expect(bearer.status()).toBe(201);
  });
});

test.describe("sessions end on the server", () => {
  test("a copied session cookie stops working after sign-out", async ({ userPage: { page }, browser }) => {
    const copy = await browser.newContext({ storageState: await page.context().storageState() });
    expect((await copy.request.get("/api/me")).status()).toBe(200);

    await page.goto("/sign-out");
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL("**/sign-in");

    const me = await copy.request.get("/api/me");
    expect(me.status()).toBe(401);
    const stolen = await copy.newPage();
    await stolen.goto("/projects");
    await expect(stolen).toHaveURL(/\/sign-in/);
    await copy.close();
  });

  test("Settings → Account → Sign out everywhere ends every session, API tokens keep working", async ({
    userPage: { page, email },
    browser,
  }) => {
    const other = await browser.newContext({ storageState: await page.context().storageState() });
    await page.goto("/settings/api-tokens");
    await page.getByLabel("Token name").fill("cli");
    await page.getByRole("button", { name: "Create token" }).click();
    const token = (await page.getByTestId("new-token").textContent())?.trim() ?? "";

    await page.goto("/settings/account");
    await page.getByRole("button", { name: "Sign out everywhere" }).click();
    await page.waitForURL("**/sign-in?signed_out=everywhere");
    await expect(page.getByRole("status")).toHaveText("You have been signed out on every device.");

    expect((await page.request.get("/api/me")).status()).toBe(401);
    expect((await other.request.get("/api/me")).status()).toBe(401);
    const api = await other.request.get("/api/me", { headers: { authorization: `Bearer ${token}` } });
    expect(api.status()).toBe(200);
    expect((await api.json()).email).toBe(email);
    await other.close();
  });
});
