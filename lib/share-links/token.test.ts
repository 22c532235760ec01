import { describe, expect, it } from "vitest";
import { hashShareToken, shareLinkKey, signShareToken, verifyShareToken } from "@/lib/share-links/token";

const key = shareLinkKey("a-test-secret-of-at-least-32-characters!");
const id = "c0ffee0000000000000000000000aa";
const now = new Date("2027-01-04T10:00:00Z");
const expiresAt = new Date("2027-01-07T10:00:00Z");
const token = signShareToken(key, { id, expiresAt });
const [tid, texp, tsig] = token.split(".") as [string, string, string];

describe("share-link tokens", () => {
  it("verifies its own token and returns id and expiry", () => {
    expect(verifyShareToken(key, token, now)).toEqual({ ok: true, claims: { id, expiresAt } });
  });

  it("is expired from the expiry second on (the clock is an argument)", () => {
    expect(verifyShareToken(key, token, new Date(expiresAt.getTime() - 1000)).ok).toBe(true);
    expect(verifyShareToken(key, token, expiresAt)).toEqual({ ok: false, reason: "expired" });
  });

  it.each([
    ["signature", `${tid}.${texp}.${tsig.slice(0, -1)}${tsig.endsWith("A") ? "B" : "A"}`],
    ["id", `${tid.slice(0, -1)}b.${texp}.${tsig}`],
    ["expiry pushed later", `${tid}.${Number(texp) + 86_400}.${tsig}`],
    ["expiry made earlier", `${tid}.${Number(texp) - 1}.${tsig}`],
    ["truncated", token.slice(0, -2)],
    ["extra part", `${token}.x`],
    ["empty", ""],
  ])("refuses a token with a tampered %s", (_what, forged) => {
    expect(verifyShareToken(key, forged, now)).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses a token signed with another secret", () => {
    const other = signShareToken(shareLinkKey("another-secret-of-at-least-32-characters"), { id, expiresAt });
    expect(verifyShareToken(key, other, now)).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses a tampered expired token as invalid, not expired (no oracle for forged links)", () => {
    expect(verifyShareToken(key, `${tid}.1.${tsig}`, now)).toEqual({ ok: false, reason: "invalid" });
  });

  it("stores a hash, not the token", () => {
    expect(hashShareToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashShareToken(token)).not.toContain(tsig);
  });
});
