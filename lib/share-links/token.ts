// Share-link tokens: `<link id>.<expiry, unix seconds>.<signature>`, the signature an HMAC-SHA256 over
// id and expiry keyed with a key derived from AUTH_SECRET. The signature lets a download refuse a
// forged or altered token before any query; the row (found by id, matched by the token's SHA-256)
// is what makes revocation work. Pure: the key and the clock are arguments.
import { createHash, createHmac, timingSafeEqual } from "node:crypto";

export type ShareTokenClaims = { id: string; expiresAt: Date };
export type ShareTokenCheck = { ok: true; claims: ShareTokenClaims } | { ok: false; reason: "invalid" | "expired" };

const TOKEN = /^([a-z0-9]{20,40})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/;

/** A key of its own for share links, so a signature made here means nothing anywhere else. */
export function shareLinkKey(appSecret: string): Buffer {
  return createHmac("sha256", appSecret).update("inkset/share-link/v1").digest();
}

const signature = (key: Buffer, id: string, exp: number) => createHmac("sha256", key).update(`${id}.${exp}`).digest("base64url");

export function signShareToken(key: Buffer, claims: ShareTokenClaims): string {
  const exp = Math.floor(claims.expiresAt.getTime() / 1000);
  return `${claims.id}.${exp}.${signature(key, claims.id, exp)}`;
}

/** Malformed or wrongly signed → invalid; well signed but past its expiry at `now` → expired. */
export function verifyShareToken(key: Buffer, token: string, now: Date): ShareTokenCheck {
  const m = TOKEN.exec(token);
  if (!m) return { ok: false, reason: "invalid" };
  const [, id = "", expText = "", sig = ""] = m;
  const exp = Number(expText);
  const expected = Buffer.from(signature(key, id, exp));
  const given = Buffer.from(sig);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: "invalid" };
  if (exp * 1000 <= now.getTime()) return { ok: false, reason: "expired" };
  return { ok: true, claims: { id, expiresAt: new Date(exp * 1000) } };
}

/** What the database keeps instead of the token. */
export const hashShareToken = (token: string) => createHash("sha256").update(token).digest("hex");
