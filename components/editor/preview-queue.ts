// The server draws one preview per user at a time (a second one at once is refused), and the
// editor asks for several: the page on screen, the canvas, thumbnails. This queue sends them one
// after another, the page on screen before thumbnails; a request aborted while it waits is dropped.

/** Lower runs first: the page being looked at, then thumbnails. */
export const PRIORITY = { page: 0, thumbnail: 1 } as const;

type Task = { priority: number; seq: number; signal: AbortSignal; start: () => void };

const waiting: Task[] = [];
let running = false;
let counter = 0;

function next() {
  if (running) return;
  waiting.sort((a, b) => a.priority - b.priority || a.seq - b.seq);
  let task = waiting.shift();
  while (task?.signal.aborted) task = waiting.shift();
  if (!task) return;
  running = true;
  task.start();
}

/** Runs `fn` when no other preview request is in flight; rejects with an AbortError if `signal` aborts first. */
export function queuePreview<T>(priority: number, signal: AbortSignal, fn: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const task: Task = {
      priority,
      seq: counter++,
      signal,
      start: () => {
        fn()
          .then(resolve, reject)
          .finally(() => {
            running = false;
            next();
          });
      },
    };
    signal.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")), { once: true });
    waiting.push(task);
    next();
  });
}
