// A local copy of a job's stored PDF for MuPDF, which needs a file. Browsing a 400-page job asks for
// dozens of pages in a burst; one download serves them all, and the copy goes once the burst is over.
import { createWriteStream } from "node:fs";
import { mkdir, rm, utimes } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { randomUUID } from "node:crypto";
import { env } from "@/lib/env";
import type { Storage } from "@/lib/storage";

const IDLE_MS = 60_000;
const MAX_ENTRIES = 6;

type Entry = { file: Promise<string | null>; lastUsed: number; timer?: NodeJS.Timeout };
const holder = globalThis as unknown as { inksetPageSources?: Map<string, Entry> };
const entries = (holder.inksetPageSources ??= new Map<string, Entry>());

function drop(key: string) {
  const entry = entries.get(key);
  if (!entry) return;
  entries.delete(key);
  clearTimeout(entry.timer);
  void entry.file.then((f) => (f ? rm(f, { force: true }) : undefined)).catch(() => {});
}

function schedule(key: string, entry: Entry) {
  clearTimeout(entry.timer);
  entry.timer = setTimeout(() => drop(key), IDLE_MS);
  entry.timer.unref();
}

async function download(storage: Storage, key: string): Promise<string | null> {
  const object = await storage.read(key);
  if (!object) return null;
  // Under JOBS_DIR/tmp, so the retention sweep removes a copy left by a killed process.
  const file = path.resolve(env.JOBS_DIR, "tmp", `page-source-${randomUUID()}.pdf`);
  await mkdir(path.dirname(file), { recursive: true });
  try {
    await pipeline(object.stream, createWriteStream(file));
  } catch (err) {
    await rm(file, { force: true });
    throw err;
  }
  return file;
}

/** Runs `fn` with a local path of the stored object `key`; null when the object is gone. */
export async function withLocalCopy<T>(storage: Storage, key: string, fn: (file: string) => Promise<T>): Promise<T | null> {
  let entry = entries.get(key);
  if (!entry) {
    if (entries.size >= MAX_ENTRIES) {
      const oldest = [...entries].sort((a, b) => a[1].lastUsed - b[1].lastUsed)[0];
      if (oldest) drop(oldest[0]);
    }
    entry = { file: download(storage, key), lastUsed: Date.now() };
    entries.set(key, entry);
  }
  entry.lastUsed = Date.now();
  schedule(key, entry);
  let file: string | null;
  try {
    file = await entry.file;
  } catch (err) {
    drop(key);
    throw err;
  }
  if (!file) {
    drop(key);
    return null;
  }
  // The sweep removes temp files by age; a copy in use must look young.
  const now = new Date();
  await utimes(file, now, now).catch(() => {});
  return fn(file);
}
