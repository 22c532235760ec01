// Messages between the inspection pool and its worker threads.
import type { InspectResult, RenderOptions } from "@/lib/render/types";

export type InspectRequest = { id: number; yaml: string; options: RenderOptions };
export type InspectReply = { id: number; ok: true; result: InspectResult } | { id: number; ok: false; message: string };
