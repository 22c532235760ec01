// The V8 start-up snapshot experiment (bench/snapshot/build.mjs): the renderer loaded into the
// snapshot; on start the process renders the two-page job document once and prints its own CPU time.
import { startupSnapshot } from "node:v8";
import { renderDocument } from "@/lib/render/render";
import { sampleTemplate } from "@/tests/helpers/job-templates";

const yaml = sampleTemplate({ pages: 2 });

startupSnapshot.setDeserializeMainFunction(async () => {
  const out = process.argv[process.argv.length - 1]!;
  await renderDocument({ yaml, outputPath: out, strict: false, deterministic: true, maxPages: 1000 });
  const cpu = process.cpuUsage();
  process.stdout.write(`${JSON.stringify({ cpuMs: Math.round((cpu.user + cpu.system) / 1000) })}\n`);
});
