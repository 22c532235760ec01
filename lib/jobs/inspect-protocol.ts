// Messages between the inspection pool and its worker threads.
import type { InspectOptions, InspectResult } from "@/lib/templates/inspect";

export type InspectRequest = { id: number; yaml: string; options: InspectOptions };
export type InspectReply = { id: number; ok: true; result: InspectResult } | { id: number; ok: false; message: string };
