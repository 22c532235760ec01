// The page limit (§2.8): the default ceiling and the one message for a document over it. The job API
// contract fixes the wording (`PDF has 1240 pages, exceeds limit of 1000`); keep it word for word.
export const DEFAULT_MAX_PAGES = 1000;

export function pageLimitMessage(pages: number, limit: number): string {
  return `PDF has ${pages} pages, exceeds limit of ${limit}`;
}
