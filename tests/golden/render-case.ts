// Renders YAML to PDF bytes through the public entry point (temp file, read back).
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderDocument } from "@/lib/render/render";
import type { RenderOptions, RenderResult } from "@/lib/render-contract/types";

/** Render options a case may set; strict defaults to false. */
export type CaseOptions = { strict?: boolean } & Pick<RenderOptions, "touchTargets" | "linkTargets" | "constraintScope" | "today">;

export async function renderYaml(yaml: string, opts: CaseOptions = {}): Promise<{ bytes: Uint8Array; result: RenderResult }> {
  const dir = mkdtempSync(join(tmpdir(), "inkset-render-"));
  try {
    const outputPath = join(dir, "out.pdf");
    const result = await renderDocument({ ...opts, yaml, outputPath, strict: opts.strict ?? false, deterministic: true, maxPages: 1000 });
    return { bytes: new Uint8Array(readFileSync(outputPath)), result };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
