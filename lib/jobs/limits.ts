// User-facing limit messages. The job API contract fixes their wording; keep them word for word.
export const pageLimitMessage = (pages: number, limit: number) => `PDF has ${pages} pages, exceeds limit of ${limit}`;

export function sizeLimitMessage(bytes: number, limitMb: number) {
  const mb = bytes / (1024 * 1024);
  // One decimal as in the contract ("75.3MB"); more for sub-megabyte limits so the figure is not 0.0.
  return `PDF is ${mb >= 1 ? mb.toFixed(1) : mb.toFixed(3)}MB, exceeds limit of ${limitMb}MB`;
}

export const timeoutMessage = (seconds: number) => `Process exceeded ${seconds}s timeout and was terminated`;

export const memoryMessage = (mb: number) => `Render exceeded the memory limit of ${mb} MB`;

export const workerLostMessage = (attempts: number) =>
  `Job failed after ${attempts} attempts: the worker rendering it stopped responding`;
