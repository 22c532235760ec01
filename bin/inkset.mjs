#!/usr/bin/env node
// `npx inkset …` from a checkout: runs the bundled CLI (built by `npm run build:workers`).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const bundle = fileURLToPath(new URL("../dist/cli.mjs", import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write("inkset: the CLI is not built yet; run `npm run build:workers` first\n");
  process.exit(6);
}
const { main } = await import(bundle);
process.exitCode = await main(process.argv);
