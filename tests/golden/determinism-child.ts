// Child for the determinism test: renders the YAML file argv[2] deterministically to argv[3].
import { readFileSync } from "node:fs";
import { renderDocument } from "@/lib/render/render";

async function main() {
  const [input = "", output = ""] = process.argv.slice(2);
  await renderDocument({ yaml: readFileSync(input, "utf8"), outputPath: output, strict: false, deterministic: true, maxPages: 1000 });
}

void main();
