// User-facing limit messages. The job API contract fixes their wording; keep them word for word.
export const pageLimitMessage = (pages: number, limit: number) => `PDF has ${pages} pages, exceeds limit of ${limit}`;

export const sizeLimitMessage = (bytes: number, limitMb: number) =>
  `PDF is ${(bytes / (1024 * 1024)).toFixed(1)}MB, exceeds limit of ${limitMb}MB`;

export const timeoutMessage = (seconds: number) => `Process exceeded ${seconds}s timeout and was terminated`;

export const memoryMessage = (mb: number) => `Render exceeded the memory limit of ${mb} MB`;

export const workerLostMessage = (attempts: number) =>
  `Job failed after ${attempts} attempts: the worker rendering it stopped responding`;
