// npm run golden:update — re-renders every golden case and overwrites tests/golden/expected/*.png.
// Run only for intentional rendering changes, and review the images before committing.
import { mkdirSync, writeFileSync } from "node:fs";
import { GOLDEN_CASES } from "./cases";
import { rasterise } from "./raster";
import { renderYaml } from "./render-case";

async function main() {
  mkdirSync("tests/golden/expected", { recursive: true });
  for (const [name, yaml] of Object.entries(GOLDEN_CASES)) {
    const { bytes } = await renderYaml(yaml);
    rasterise(bytes).forEach((png, i) => writeFileSync(`tests/golden/expected/${name}-${i + 1}.png`, png));
    console.log(`updated ${name}`);
  }
}

void main();
