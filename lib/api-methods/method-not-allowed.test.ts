import path from "node:path";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "@/proxy";
import table from "./api-methods.json";
import { readMethodTable } from "./table";

const send = (method: string, pathname: string) => proxy(new NextRequest(`http://localhost${pathname}`, { method }));

describe("unsupported methods on API routes", () => {
  it("answers PUT /api/projects with a JSON 405 naming the allowed methods", async () => {
    const res = await send("PUT", "/api/projects");
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET, HEAD, OPTIONS, POST");
    expect(res.headers.get("content-security-policy")).toBeTruthy();
    expect(await res.json()).toEqual({
      error: { code: "METHOD_NOT_ALLOWED", message: "PUT is not allowed on /api/projects; allowed: GET, POST" },
    });
  });

  it("matches dynamic segments, and a static route wins over a dynamic sibling", async () => {
    const res = await send("DELETE", "/api/pdf/jobs/abc123/download");
    expect(res.status).toBe(405);
    expect((await res.json()).error.message).toBe("DELETE is not allowed on /api/pdf/jobs/abc123/download; allowed: GET");
    // /api/pdf/jobs/events is its own GET-only route, not /api/pdf/jobs/[id] (which has DELETE).
    const events = await send("DELETE", "/api/pdf/jobs/events");
    expect(events.status).toBe(405);
    expect(events.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
  });

  it("lets supported methods, HEAD/OPTIONS and unknown paths through to Next", () => {
    for (const [method, pathname] of [
      ["GET", "/api/projects"],
      ["DELETE", "/api/pdf/jobs/abc123"],
      ["HEAD", "/api/projects"],
      ["OPTIONS", "/api/projects"],
      ["PUT", "/api/no-such-route"],
      ["PUT", "/api/auth/session"],
    ]) {
      const res = send(method!, pathname!);
      expect(res.status, `${method} ${pathname}`).toBe(200);
      expect(res.headers.get("x-middleware-next"), `${method} ${pathname}`).toBe("1");
    }
  });

  it("has a method table that matches the route files (run scripts/api-methods.ts when this fails)", () => {
    expect(table).toEqual(readMethodTable(path.resolve(import.meta.dirname, "../../app")));
  });
});
