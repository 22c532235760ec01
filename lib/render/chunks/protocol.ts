// Messages between a render and its chunk threads (chunk-thread.ts).
import type { ChunkDocument, DrawnChunk } from "./draw-chunk";

/**
 * Draw chunks of one document until none is left. Chunks are claimed by incrementing `claims[0]`
 * (shared by the render's own thread and every chunk thread), so whoever is free takes the next one.
 */
export type ChunkTask = { doc: ChunkDocument; drawn: number; chunkPages: number; claims: Int32Array };

export type ThreadMessage = { type: "draw"; task: ChunkTask };

export type ThreadReply = { type: "chunk"; index: number; chunk: DrawnChunk } | { type: "done" } | { type: "error"; message: string };
