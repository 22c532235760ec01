// MuPDF's command-line tool in a short-lived child process: rasterises one page of a stored PDF and
// reads its links and outline. A PDF is untrusted input to a C library, so each call runs with an
// address-space and CPU cap (prlimit), a wall-clock kill and low priority, and at most
// MUTOOL_CONCURRENCY run at once (a page of thumbnails asks for dozens together).
import { execFile } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { AppError } from "@/lib/errors";
import { NAVIGATION_SCRIPT } from "./navigation-script";

const MEMORY_BYTES = 512 * 1024 * 1024;
const CPU_SECONDS = 10;
const TIMEOUT_MS = 15_000;
const MUTOOL_CONCURRENCY = 2;
/** Waiting calls beyond this are refused (503) instead of queueing without bound. */
const MAX_WAITING = 400;
const NICENESS = "10";

let running = 0;
const waiting: (() => void)[] = [];

async function withSlot<T>(fn: () => Promise<T>): Promise<T> {
  if (running >= MUTOOL_CONCURRENCY) {
    if (waiting.length >= MAX_WAITING) throw new AppError("UNAVAILABLE", "Too many page pictures requested at once; try again in a moment");
    await new Promise<void>((resolve) => waiting.push(resolve));
  }
  running++;
  try {
    return await fn();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

function run(args: string[]): Promise<string> {
  const argv = ["-n", NICENESS, "prlimit", `--as=${MEMORY_BYTES}`, `--cpu=${CPU_SECONDS}`, "mutool", ...args];
  return withSlot(
    () =>
      new Promise((resolve, reject) => {
        execFile("nice", argv, { timeout: TIMEOUT_MS, killSignal: "SIGKILL", maxBuffer: 8 * 1024 * 1024 }, (err, stdout, stderr) => {
          if (err) reject(new AppError("INTERNAL", `mutool ${args[0]} failed: ${String(stderr).slice(0, 300) || err.message}`));
          else resolve(stdout);
        });
      }),
  );
}

/** Writes page `page` (1-based) of `pdfPath` as a PNG `width` pixels wide to `outPath`. */
export async function rasterisePage(pdfPath: string, page: number, width: number, outPath: string): Promise<void> {
  await run(["draw", "-q", "-F", "png", "-w", String(width), "-o", outPath, pdfPath, String(page)]);
}

export type PageLink = { rect: [number, number, number, number]; page: number | null; uri: string | null };
export type OutlineItem = { title: string; page: number | null; children: OutlineItem[] };
export type PdfNavigation = {
  pageCount: number;
  /** Page size in points, top-left origin (as MuPDF reports link rectangles). */
  size: { width: number; height: number };
  /** Links of the requested page; rectangles in points from the page's top-left corner. */
  links: PageLink[];
  outline: OutlineItem[];
};

let scriptPath: Promise<string> | null = null;
function navigationScript(): Promise<string> {
  scriptPath ??= (async () => {
    const dir = path.join(os.tmpdir(), "inkset-mutool");
    await mkdir(dir, { recursive: true });
    const file = path.join(dir, `navigation-${process.pid}.js`);
    await writeFile(file, NAVIGATION_SCRIPT);
    return file;
  })();
  return scriptPath;
}

/** The links of page `page` (1-based) and the document outline. */
export async function readNavigation(pdfPath: string, page: number): Promise<PdfNavigation> {
  const out = await run(["run", await navigationScript(), pdfPath, String(page)]);
  return JSON.parse(out) as PdfNavigation;
}
