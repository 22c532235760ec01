import { describe, expect, it } from "vitest";
import { DEFAULT_CALLBACK, safeCallbackPath } from "./callback-url";

describe("safeCallbackPath", () => {
  it.each([
    ["/projects", "/projects"],
    ["/projects/abc?tab=jobs#top", "/projects/abc?tab=jobs#top"],
    ["/jobs/../settings", "/settings"],
  ])("keeps the same-origin path %s", (raw, want) => {
    expect(safeCallbackPath(raw)).toBe(want);
  });

  it.each([
    "/\\evil.invalid/x",
    "/\t/evil.invalid/x",
    "/\\/evil.invalid",
    "//evil.invalid",
    "/\n/evil.invalid",
    "https://evil.invalid/",
    "javascript:alert(1)",
    "projects",
    "",
    "/\u0000",
    "/x\u007f",
    "/%09/..//evil.invalid",
    undefined,
    42,
  ])("refuses %j", (raw) => {
    expect(safeCallbackPath(raw)).toBe(DEFAULT_CALLBACK);
  });
});
