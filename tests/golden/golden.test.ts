// Golden raster tests: each focused template rendered, rasterised at 50 dpi grey, and compared with
// the committed PNG; at most 0.5 % of pixels may differ by more than 32 grey levels.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GOLDEN_CASES } from "./cases";
import { decodeGreyPng, diffFraction, rasterise } from "./raster";
import { renderYaml } from "./render-case";

describe("golden rasters", () => {
  for (const [name, yaml] of Object.entries(GOLDEN_CASES)) {
    it(name, async () => {
      const { bytes } = await renderYaml(yaml);
      const pages = rasterise(bytes);
      expect(pages.length).toBeGreaterThan(0);
      pages.forEach((png, i) => {
        const file = `tests/golden/expected/${name}-${i + 1}.png`;
        expect(existsSync(file), `${file} missing; run npm run golden:update`).toBe(true);
        const diff = diffFraction(decodeGreyPng(png), decodeGreyPng(readFileSync(file)));
        expect(diff).toBeLessThanOrEqual(0.005);
      });
    });
  }
});
