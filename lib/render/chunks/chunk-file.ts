// A chunk drawn by one worker and joined by another (a job fanned out as Inngest steps, lib/jobs/
// chunked-render.ts) travels between them as a file in storage: the chunk's PDF and what the join
// needs of its pages (links, anchors, diagnostics), in V8's serialisation (typed arrays stay binary).
import { readFile, writeFile } from "node:fs/promises";
import { deserialize, serialize } from "node:v8";
import { z } from "zod";
import type { DrawnChunk } from "./draw-chunk";

// Written by the render child itself; checked on the way back in all the same, since it went through storage.
const record = z.record(z.string(), z.unknown());
const chunkFile = z.object({
  pdf: z.instanceof(Uint8Array),
  links: z.array(record),
  anchors: z.array(record),
  diagnostics: z.array(record),
  layoutMs: z.number(),
});

export async function writeChunkFile(file: string, chunk: DrawnChunk): Promise<void> {
  await writeFile(file, serialize(chunk));
}

export async function readChunkFile(file: string): Promise<DrawnChunk> {
  const parsed = chunkFile.safeParse(deserialize(await readFile(file)));
  if (!parsed.success) throw new Error(`${file} is not a drawn chunk: ${parsed.error.issues[0]?.message ?? "unreadable"}`);
  return parsed.data as unknown as DrawnChunk;
}
