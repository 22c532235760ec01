import { describe, expect, it } from "vitest";
import { listProfiles } from "@/lib/templates/profiles";
import { batchDeviceNames, batchDeviceOptions } from "./batch-devices";

describe("batch device labels", () => {
  it("shows product names, never a raw profile id", () => {
    const options = batchDeviceOptions();
    expect(options).toHaveLength(listProfiles().length);
    expect(options.find((o) => o.id === "boox-go-color-7-landscape")?.name).toBe("Boox Go Color 7 (landscape)");
    for (const o of options) expect(o.name, o.id).not.toMatch(/^[a-z0-9.]+(-[a-zA-Z0-9.]+)+$/);
    expect(batchDeviceNames()["remarkable-2"]).toBe("reMarkable 2");
  });
});
