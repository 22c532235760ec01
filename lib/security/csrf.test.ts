import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { assertSameOriginRequest } from "./csrf";

const APP = "http://localhost:3000";
const req = (method: string, headers: Record<string, string>) =>
  new Request(`${APP}/api/tokens`, { method, headers: { host: "localhost:3000", ...headers } });
const refusal = (r: Request, bodyTypes?: string[]) => {
  try {
    assertSameOriginRequest(r, { appOrigins: [], bodyTypes });
    return null;
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return (err as AppError).message;
  }
};

describe("assertSameOriginRequest", () => {
  it("lets reads through whatever their origin", () => {
    expect(refusal(req("GET", { "sec-fetch-site": "cross-site" }))).toBeNull();
  });

  it("accepts a same-origin JSON write, by Sec-Fetch-Site or by Origin", () => {
    expect(refusal(req("POST", { "sec-fetch-site": "same-origin", "content-type": "application/json; charset=utf-8" }))).toBeNull();
    expect(refusal(req("POST", { origin: APP, "content-type": "application/json" }))).toBeNull();
    expect(refusal(req("DELETE", { origin: APP }))).toBeNull();
  });

  it.each([
    [{ "sec-fetch-site": "cross-site", "content-type": "application/json" }, /cross-site context/],
    [{ "sec-fetch-site": "same-site", "content-type": "application/json" }, /same-site context/],
    [{ origin: "http://evil.invalid", "content-type": "application/json" }, /another site/],
    [{ origin: "null", "content-type": "application/json" }, /missing/],
    [{ "content-type": "application/json" }, /missing/],
    [{ origin: APP, "content-type": "text/plain" }, /application\/json/],
    [{ "sec-fetch-site": "same-origin", "content-type": "application/x-www-form-urlencoded" }, /application\/json/],
    [{ "sec-fetch-site": "same-origin" }, /application\/json/],
  ])("refuses a cookie write with %j", (headers, why) => {
    expect(refusal(req("POST", headers))).toMatch(why);
  });

  it("accepts a configured public origin and a route's own body types", () => {
    const behindProxy = new Request("http://10.0.0.5:3000/api/assets", {
      method: "POST",
      headers: { host: "10.0.0.5:3000", origin: "https://inkset.example", "content-type": "multipart/form-data; boundary=x" },
    });
    expect(() =>
      assertSameOriginRequest(behindProxy, { appOrigins: ["https://inkset.example"], bodyTypes: ["multipart/form-data"] }),
    ).not.toThrow();
  });
});
