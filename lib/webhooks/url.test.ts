// The webhook URL policy and signatures, without a database: what is refused at job creation when
// the dev/test switches are off (their defaults), and that signatures verify only when untouched.
import { describe, expect, it } from "vitest";
import { signWebhook, verifyWebhookSignature } from "@/lib/webhooks/signature";
import { webhookUrlProblem } from "@/lib/webhooks/url";

const strict = { allowHttp: false, allowPrivate: false };

describe("webhookUrlProblem (defaults: https only, no private hosts)", () => {
  it("accepts public https URLs", () => {
    expect(webhookUrlProblem("https://hooks.example.com/inkset?x=1", strict)).toBeNull();
    expect(webhookUrlProblem("https://93.184.216.34/h", strict)).toBeNull();
  });

  it("refuses other schemes, plain http, credentials and malformed URLs", () => {
    expect(webhookUrlProblem("http://hooks.example.com/h", strict)).toBe("must be an https URL");
    expect(webhookUrlProblem("ftp://hooks.example.com/h", strict)).toBe("must be an https URL");
    expect(webhookUrlProblem("https://user:pw@hooks.example.com/h", strict)).toBe("must not contain a user name or password");
    expect(webhookUrlProblem("hooks.example.com/h", strict)).toBe("must be an absolute URL");
    expect(webhookUrlProblem("http://hooks.example.com/h", { ...strict, allowHttp: true })).toBeNull();
  });

  it("refuses loopback, private, link-local, CGNAT, metadata and IPv6 equivalents, mapped forms included", () => {
    const cases: [string, string][] = [
      ["https://127.0.0.1/h", "loopback"],
      ["https://10.1.2.3/h", "private"],
      ["https://192.168.0.10/h", "private"],
      ["https://169.254.169.254/latest/meta-data", "linkLocal"],
      ["https://100.64.0.1/h", "carrierGradeNat"],
      ["https://0.0.0.0/h", "unspecified"],
      ["https://[::1]/h", "loopback"],
      ["https://[fe80::1]/h", "linkLocal"],
      ["https://[fd00::1]/h", "uniqueLocal"],
      ["https://[::ffff:127.0.0.1]/h", "loopback"],
      ["https://[::ffff:a9fe:a9fe]/h", "linkLocal"],
      ["https://[::127.0.0.1]/h", "ipv4Compatible"],
      ["https://[::7f00:1]/h", "ipv4Compatible"],
    ];
    for (const [url, range] of cases) {
      expect(webhookUrlProblem(url, strict), url).toBe(`must not point to a private or reserved address (${range})`);
    }
    expect(webhookUrlProblem("https://localhost:3000/h", strict)).toBe("must not point to this server (localhost)");
    expect(webhookUrlProblem("https://api.localhost/h", strict)).toBe("must not point to this server (localhost)");
    expect(webhookUrlProblem("https://127.0.0.1/h", { ...strict, allowPrivate: true })).toBeNull();
  });
});

describe("webhook signatures", () => {
  const body = JSON.stringify({ id: "d1", type: "pdf.job.completed" });
  it("verifies t.body with the secret, within the tolerance, and nothing else", () => {
    const header = signWebhook("whsec_a", body, 1_700_000_000);
    expect(header).toMatch(/^t=1700000000,v1=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature(header, body, "whsec_a", { nowSeconds: 1_700_000_100 })).toBe(true);
    expect(verifyWebhookSignature(header, body, "whsec_b", { nowSeconds: 1_700_000_100 })).toBe(false);
    expect(verifyWebhookSignature(header, body + " ", "whsec_a", { nowSeconds: 1_700_000_100 })).toBe(false);
    expect(verifyWebhookSignature(header, body, "whsec_a", { nowSeconds: 1_700_000_301 })).toBe(false);
    expect(verifyWebhookSignature(header.replace("t=1700000000", "t=1700000001"), body, "whsec_a", { nowSeconds: 1_700_000_100 })).toBe(
      false,
    );
    expect(verifyWebhookSignature("v1=abc", body, "whsec_a")).toBe(false);
    expect(verifyWebhookSignature(null, body, "whsec_a")).toBe(false);
  });
});
