// Pictures of the app's sample documents (gallery examples, builder themes): one page drawn by the
// same isolated render child as jobs, rasterised by MuPDF like a job's page browser, and stored under
// `samples/<template hash>-<page>-<width>.png`. The key holds everything the picture depends on, so a
// stored picture never goes stale: a changed example, a new year or another device is another key,
// and the second view of a picture is a storage read. Samples hold no user data, so one picture
// serves every user; renders run one at a time (a gallery page asks for a dozen at once) and a
// picture asked for twice while it is drawn is drawn once.
import { createHash, randomUUID } from "node:crypto";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { rendererErrorToAppError, renderToTemp, SYNC_CHILD_WAIT_MS } from "@/lib/jobs/render-to-temp";
import type { PageImage } from "@/lib/pages/job-pages";
import { pageImageWidth } from "@/lib/pages/keys";
import { rasterisePage } from "@/lib/pages/mutool";
import { getStorage } from "@/lib/storage";

export const SAMPLE_PICTURE_PREFIX = "samples/";
/** Samples name no uploaded asset; this owner has none, so a stray `asset:` reference stays unresolved. */
const SAMPLE_OWNER = "samples";

/** Page `page` of the sample, or the page an anchor with `destination` is on (projects). */
export type SamplePage = { page: number; destination?: string };

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, "_")
    .slice(0, 60);

export function samplePictureKey(yaml: string, at: SamplePage, width: number): string {
  const hash = createHash("sha256").update(yaml).digest("hex").slice(0, 32);
  const page = at.destination ? `d_${slug(at.destination)}` : `p${at.page}`;
  return `${SAMPLE_PICTURE_PREFIX}${hash}-${page}-${width}.png`;
}

let queue: Promise<unknown> = Promise.resolve();
const drawing = new Map<string, Promise<void>>();

/** Runs `fn` after every earlier sample render has settled. */
function oneAtATime<T>(fn: () => Promise<T>): Promise<T> {
  const next = queue.then(fn, fn);
  queue = next.catch(() => {});
  return next;
}

async function draw(yaml: string, at: SamplePage, width: number, key: string): Promise<void> {
  const out = path.resolve(env.JOBS_DIR, "tmp", `sample-${randomUUID()}.png`);
  await mkdir(path.dirname(out), { recursive: true });
  try {
    await renderToTemp(
      {
        ownerId: SAMPLE_OWNER,
        yaml,
        options: {
          strict: false,
          deterministic: true,
          previewPage: at.page,
          ...(at.destination ? { previewDestination: at.destination } : {}),
        },
        timeoutSeconds: env.PDF_SYNC_TIMEOUT_SECONDS,
        name: `sample-${randomUUID()}`,
        checkLimits: false,
        waitMs: SYNC_CHILD_WAIT_MS,
      },
      async ({ path: pdf }) => rasterisePage(pdf, 1, width, out),
    ).catch((err: unknown) => {
      throw rendererErrorToAppError(err);
    });
    await getStorage().putFile(key, out, { contentType: "image/png" });
  } finally {
    await rm(out, { force: true });
  }
}

/** The sample's page as a PNG about `requestedWidth` pixels wide (rounded up to a stored width). */
export async function getSamplePicture(yaml: string, at: SamplePage, requestedWidth: number): Promise<PageImage & { cached: boolean }> {
  const width = pageImageWidth(requestedWidth);
  const key = samplePictureKey(yaml, at, width);
  const etag = `"${key.slice(SAMPLE_PICTURE_PREFIX.length, -4)}"`;
  const storage = getStorage();
  const stored = await storage.read(key);
  if (stored) return { ...stored, width, etag, cached: true };

  let pending = drawing.get(key);
  if (!pending) {
    pending = oneAtATime(() => draw(yaml, at, width, key)).finally(() => drawing.delete(key));
    drawing.set(key, pending);
  }
  await pending;
  const drawn = await storage.read(key);
  if (!drawn) throw new AppError("INTERNAL", "The sample picture was drawn but could not be read back");
  return { ...drawn, width, etag, cached: false };
}
