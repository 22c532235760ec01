// Child for the determinism test: renders the YAML file argv[2] to argv[3], deterministically unless
// argv[4] is "wall-clock". INKSET_TEST_NOW (ISO date-time) fakes the current time in this process, so
// two renders can run on "different days" (§10.7) without waiting for one.
import { readFileSync } from "node:fs";

function fakeClock(iso: string) {
  const now = Date.parse(iso);
  const Real = Date;
  class FakeDate extends Real {
    constructor(...args: ConstructorParameters<typeof Date> | []) {
      if (args.length === 0) super(now);
      else super(...(args as ConstructorParameters<typeof Date>));
    }
    static override now() {
      return now;
    }
  }
  globalThis.Date = FakeDate as DateConstructor;
}

async function main() {
  const [input = "", output = "", mode = "deterministic"] = process.argv.slice(2);
  const now = process.env.INKSET_TEST_NOW;
  if (now) fakeClock(now);
  // Imported after the clock is faked, so module-level dates are FakeDate instances like every other.
  const { renderDocument } = await import("@/lib/render/render");
  await renderDocument({
    yaml: readFileSync(input, "utf8"),
    outputPath: output,
    strict: false,
    deterministic: mode !== "wall-clock",
    maxPages: 1000,
  });
}

void main();
