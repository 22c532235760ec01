import { describe, expect, it } from "vitest";
import { API_CSP, createNonce, isHttps, pageCsp, securityHeaders } from "./headers";

describe("security headers", () => {
  it("gives every request its own nonce and puts it in the page policy", () => {
    const a = createNonce();
    expect(a).not.toBe(createNonce());
    expect(Buffer.from(a, "base64")).toHaveLength(16);
    const csp = pageCsp(a, { dev: false });
    expect(csp).toContain(`'nonce-${a}'`);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it("adds HSTS only over TLS, directly or behind a proxy", () => {
    const plain = new URL("http://localhost:3000/");
    expect(isHttps(plain, null)).toBe(false);
    expect(isHttps(plain, "https")).toBe(true);
    expect(isHttps(new URL("https://x.test/"), null)).toBe(true);
    expect(securityHeaders({ csp: API_CSP, https: false })).not.toHaveProperty("strict-transport-security");
    expect(securityHeaders({ csp: API_CSP, https: true })["strict-transport-security"]).toMatch(/max-age=\d+/);
    expect(securityHeaders({ csp: API_CSP, https: false })).toMatchObject({
      "x-content-type-options": "nosniff",
      "x-frame-options": "DENY",
    });
  });
});
