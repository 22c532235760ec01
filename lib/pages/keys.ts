// Storage keys of a job's page pictures: `thumbs/<jobId>-<page>-<width>.png`, derived from ids and
// numbers only. One flat folder, so the retention sweep lists every picture in one pass and a job's
// pictures share the prefix `thumbs/<jobId>-`.
export const PAGE_IMAGE_PREFIX = "thumbs/";
export const PAGE_IMAGE_KEY = /^thumbs\/([a-z0-9]+)-\d+-\d+\.png$/i;

/** Widths a picture is drawn at; a request is served at the smallest one not below it, so the cache stays small. */
export const PAGE_IMAGE_WIDTHS = [120, 240, 480, 960, 1600] as const;
export const MAX_PAGE_IMAGE_WIDTH = 2000;

export function pageImageWidth(requested: number): number {
  return PAGE_IMAGE_WIDTHS.find((w) => w >= requested) ?? PAGE_IMAGE_WIDTHS[PAGE_IMAGE_WIDTHS.length - 1]!;
}

const checkId = (jobId: string) => {
  if (!/^[a-z0-9]+$/i.test(jobId)) throw new Error("job ids are alphanumeric");
  return jobId;
};

export const pageImagePrefix = (jobId: string) => `${PAGE_IMAGE_PREFIX}${checkId(jobId)}-`;
export const pageImageKey = (jobId: string, page: number, width: number) => `${pageImagePrefix(jobId)}${page}-${width}.png`;
