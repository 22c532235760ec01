import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { GET as list, POST as create } from "@/app/api/tokens/route";
import { apiRequest, routeParams, userWithToken } from "@/tests/helpers/users";

const noParams = routeParams({});

describe("POST /api/tokens", () => {
  it("refuses a Bearer caller: a token cannot mint tokens that outlive its own revocation", async () => {
    const { token } = await userWithToken();
    const res = await create(new NextRequest(apiRequest("/api/tokens", token, { method: "POST", json: { name: "child" } })), noParams);
    expect(res.status).toBe(403);
    expect((await res.json()).error).toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining("only be created while signed in"),
    });
    const tokens = (await (await list(new NextRequest(apiRequest("/api/tokens", token)), noParams)).json()).tokens;
    expect(tokens.map((t: { name: string }) => t.name)).toEqual(["test"]);
  });
});
