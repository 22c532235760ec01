// The operator's user search by e-mail ignores case on both engines (SQLite's LIKE does; Postgres'
// needs ILIKE): OAuth providers hand over addresses in their own spelling, and operators type anything.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { listUsers } from "./admin";

describe("listUsers(q)", () => {
  it("finds e-mails whatever the case of the address and of the query", async () => {
    const tag = randomUUID().slice(0, 8);
    const emails = [`Ann.Mixed-${tag}@Example.COM`, `bob.mixed-${tag}@example.com`, `CAROL_MIXED-${tag}@EXAMPLE.ORG`];
    for (const email of emails) await db.user.create({ data: { email } });
    const found = async (q: string) => (await listUsers({ q, limit: 10, offset: 0 })).users.map((u) => u.email).sort();
    const all = [...emails].sort();
    expect(await found(`mixed-${tag}`)).toEqual(all);
    expect(await found(`MIXED-${tag}`)).toEqual(all);
    expect(await found(`MiXeD-${tag}@example.com`)).toEqual([emails[0], emails[1]].sort());
    expect(await found(`_mixed-${tag}@example.org`)).toEqual([emails[2]]);
    expect((await listUsers({ q: `ann.mixed-${tag}`, limit: 10, offset: 0 })).total).toBe(1);
  });
});
