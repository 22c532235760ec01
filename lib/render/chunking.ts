/** Pages planned at a time: bounds the paint steps and images held in memory regardless of page count. */
export const CHUNK_PAGES = 100;
