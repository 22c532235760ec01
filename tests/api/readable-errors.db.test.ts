// A 400 names the field and says what is wrong in words, not in zod's type-checker phrasing
// ("Too big: expected string to have <=60 characters"); lib/readable-issue.ts does the rewriting.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET as list, POST as create } from "@/app/api/projects/route";
import { apiRequest, routeParams, userWithToken } from "@/tests/helpers/users";

const next = (req: Request) => new NextRequest(req);
const none = routeParams({});
const post = (token: string, json: unknown) => create(next(apiRequest("/api/projects", token, { method: "POST", json })), none);

async function badInput(res: Response) {
  expect(res.status).toBe(400);
  const { error } = await res.json();
  expect(error.code).toBe("BAD_INPUT");
  return error as { message: string; details: { path: string; message: string }[] };
}

describe("readable 400 messages", () => {
  it("says how long text may be, and where", async () => {
    const { token } = await userWithToken();
    const error = await badInput(await post(token, { name: "P", planner: { start: "2027-01", title: "x".repeat(61) } }));
    expect(error.message).toBe("planner.title: must be at most 60 characters");
    expect(error.details).toEqual([{ path: "planner.title", message: "must be at most 60 characters" }]);
  });

  it("says a query value must be a number, not that it received NaN", async () => {
    const { token } = await userWithToken();
    const error = await badInput(await list(next(apiRequest("/api/projects?limit=ten", token)), none));
    expect(error.message).toBe("limit: must be a number");
  });

  it("names a missing field, a wrong type and a value outside a list together", async () => {
    const { token } = await userWithToken();
    const error = await badInput(
      await post(token, { planner: { start: "2027-01", week_start: "friday", birthdays: [{ name: "", date: 5 }] } }),
    );
    expect(error.details).toEqual([
      { path: "name", message: "is required" },
      { path: "planner.week_start", message: "must be one of monday, sunday" },
      { path: "planner.birthdays[0].name", message: "must not be empty" },
      { path: "planner.birthdays[0].date", message: "must be text" },
    ]);
  });
});
