import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET, POST } from "@/app/api/[...path]/route";
import { routeParams } from "@/tests/helpers/users";

describe("an /api path no route answers", () => {
  it("is a JSON 404 naming the method and path, not the HTML page", async () => {
    for (const [handler, method] of [
      [GET, "GET"],
      [POST, "POST"],
    ] as const) {
      const res = await handler(new NextRequest(`http://localhost/api/pdf/job`, { method }), routeParams({ path: ["pdf", "job"] }));
      expect(res.status).toBe(404);
      expect(res.headers.get("content-type")).toContain("application/json");
      expect(await res.json()).toEqual({
        error: { code: "NOT_FOUND", message: `No API route ${method} /api/pdf/job; GET /api/openapi.json lists them` },
      });
    }
  });
});
