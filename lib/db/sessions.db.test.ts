import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { findOrCreateUserByEmail } from "@/lib/db/users";
import { deleteExpiredRevokedSessions, getSessionCaller, getSessionVersion, revokeSession, signOutEverywhere } from "@/lib/db/sessions";

const newUser = () => findOrCreateUserByEmail(`sessions-${randomUUID().slice(0, 8)}@test.local`);

describe("session revocation", () => {
  it("a signed-out session's cookie is refused; the user's other sessions go on", async () => {
    const user = await newUser();
    const laptop = { sid: randomUUID(), sv: await getSessionVersion(user.id) };
    const tablet = { sid: randomUUID(), sv: laptop.sv };
    expect(await getSessionCaller(user.id, laptop)).toMatchObject({ id: user.id });

    await revokeSession(user.id, laptop.sid, new Date(Date.now() + 60_000));
    await revokeSession(user.id, laptop.sid, new Date(Date.now() + 60_000)); // a second sign-out is harmless
    expect(await getSessionCaller(user.id, laptop)).toBeNull();
    expect(await getSessionCaller(user.id, tablet)).toMatchObject({ id: user.id });
  });

  it("signing out everywhere ends every session issued before, not later ones", async () => {
    const user = await newUser();
    const old = { sid: randomUUID(), sv: await getSessionVersion(user.id) };
    const legacy = {}; // a cookie from before session versions existed
    expect(await getSessionCaller(user.id, legacy)).not.toBeNull();

    await signOutEverywhere(user.id);
    expect(await getSessionCaller(user.id, old)).toBeNull();
    expect(await getSessionCaller(user.id, legacy)).toBeNull();
    const fresh = { sid: randomUUID(), sv: await getSessionVersion(user.id) };
    expect(fresh.sv).toBe(old.sv + 1);
    expect(await getSessionCaller(user.id, fresh)).toMatchObject({ id: user.id });
  });

  it("the sweep forgets revocations once the cookie would have expired anyway", async () => {
    const user = await newUser();
    const sid = randomUUID();
    await revokeSession(user.id, sid, new Date(Date.now() - 1000));
    expect(await deleteExpiredRevokedSessions()).toBeGreaterThanOrEqual(1);
  });
});
