import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createApiToken, hashApiToken, resolveApiToken } from "@/lib/auth/api-token";
import { listApiTokens, revokeApiToken } from "@/lib/db/api-tokens";
import { userWithToken } from "@/tests/helpers/users";

describe("API tokens", () => {
  it("stores only the SHA-256 hash and a display prefix", async () => {
    const { user, token } = await userWithToken();
    const rows = await db.apiToken.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.hash).toBe(hashApiToken(token));
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(token.startsWith(rows[0]!.prefix)).toBe(true);
    expect(rows[0]!.prefix).toMatch(/^ink_/);
  });

  it("resolves a valid token to its user and records last use", async () => {
    const { user, token } = await userWithToken();
    const caller = await resolveApiToken(token);
    expect(caller).toMatchObject({ id: user.id, email: user.email, role: "user", plan: "free" });
    const [row] = await listApiTokens(user.id);
    expect(row?.lastUsedAt).toBeInstanceOf(Date);
  });

  it("rejects unknown, revoked and expired tokens", async () => {
    const { user, token } = await userWithToken();
    expect(await resolveApiToken(token.slice(0, -1) + (token.endsWith("A") ? "B" : "A"))).toBeNull();

    const expired = await createApiToken(user.id, { name: "old", expiresAt: new Date(Date.now() - 1000) });
    expect(await resolveApiToken(expired.token)).toBeNull();

    const active = (await listApiTokens(user.id)).find((t) => t.name === "test");
    expect(await revokeApiToken(user.id, active!.id)).toBe(true);
    expect(await resolveApiToken(token)).toBeNull();
    expect(await revokeApiToken(user.id, active!.id)).toBe(false);
  });

  it("never lets one user revoke another user's token", async () => {
    const alice = await userWithToken("alice");
    const bob = await userWithToken("bob");
    const [aliceToken] = await listApiTokens(alice.user.id);
    expect(await revokeApiToken(bob.user.id, aliceToken!.id)).toBe(false);
    expect(await resolveApiToken(alice.token)).not.toBeNull();
  });

  it("remembers a verified token briefly, but a revoke here and expiry apply at once", async () => {
    const { user, token } = await userWithToken();
    const [row] = await listApiTokens(user.id);
    expect(await resolveApiToken(token)).not.toBeNull();

    // Revoked by another server instance (straight in the database): this process keeps the
    // verified token for up to API_TOKEN_CACHE_SECONDS instead of querying on every request.
    await db.apiToken.update({ where: { id: row!.id }, data: { revokedAt: new Date() } });
    expect(await resolveApiToken(token)).not.toBeNull();
    // Expiry is checked on every request, cached or not.
    await db.apiToken.update({ where: { id: row!.id }, data: { revokedAt: null } });

    // Revoked through this process: dropped from the cache immediately.
    const second = await createApiToken(user.id, { name: "second", expiresAt: new Date(Date.now() + 60_000) });
    expect(await resolveApiToken(second.token)).not.toBeNull();
    expect(await resolveApiToken(second.token, new Date(Date.now() + 120_000))).toBeNull();
    expect(await revokeApiToken(user.id, second.summary.id)).toBe(true);
    expect(await resolveApiToken(second.token)).toBeNull();
  });
});
