import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { POST as preview } from "@/app/api/preview/route";
import { env } from "@/lib/env";
import { getExample, REFERENCE_DATE } from "@/lib/examples";
import { shutdownSpareChild } from "@/lib/jobs/child-process";
import { ensureRenderChildBuilt, pdfPageCount } from "@/tests/helpers/jobs";
import { apiRequest, routeParams, userWithToken } from "@/tests/helpers/users";

const none = routeParams({});
const post = (token: string, json: unknown) => preview(new NextRequest(apiRequest("/api/preview", token, { method: "POST", json })), none);

beforeAll(() => ensureRenderChildBuilt());
afterAll(() => {
  shutdownSpareChild();
  rmSync(env.JOBS_DIR, { recursive: true, force: true });
});

describe("POST /api/preview", () => {
  it("draws only the first two pages of the 431-page year planner", async () => {
    const { token } = await userWithToken();
    const res = await post(token, { yaml_content: getExample("year-planner", REFERENCE_DATE)?.yaml });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("x-page-count")).toBe("2");
    expect(await pdfPageCount(new Uint8Array(await res.arrayBuffer()))).toBe(2);
  });

  it("honours a one-page request and a profile override", async () => {
    const { token } = await userWithToken();
    const res = await post(token, { yaml_content: getExample("daily-page")?.yaml, pages: 1, profile: "kobo-elipsa-2e" });
    expect(res.status).toBe(200);
    expect(await pdfPageCount(new Uint8Array(await res.arrayBuffer()))).toBe(1);
  });

  it("answers 422 with diagnostics that name the path for an invalid template", async () => {
    const { token } = await userWithToken();
    const yaml = getExample("daily-page")?.yaml.replace("width: 180, height: 30", "width: -5, height: 30");
    const res = await post(token, { yaml_content: yaml });
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.error.code).toBe("TEMPLATE_INVALID");
    expect(body.error.details.diagnostics).toEqual(
      expect.arrayContaining([expect.objectContaining({ severity: "error", path: expect.stringContaining("widgets[0].position") })]),
    );
  });

  it("refuses bad bodies with 400 and anonymous callers with 401", async () => {
    const { token } = await userWithToken();
    expect((await post(token, { yaml_content: "" })).status).toBe(400);
    expect((await post(token, { yaml_content: "a: 1", pages: 3 })).status).toBe(400);
    // Outside Next there is no cookie session; a non-Bearer Authorization header is the anonymous case.
    const anonymous = new NextRequest(
      new Request("http://localhost/api/preview", { method: "POST", body: "{}", headers: { authorization: "Basic eDp5" } }),
    );
    expect((await preview(anonymous, none)).status).toBe(401);
  });
});
