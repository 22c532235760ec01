// The storage driver for this process, chosen once by STORAGE_DRIVER.
import { env } from "@/lib/env";
import { createFsStorage } from "@/lib/storage/fs";
import { createS3Storage, s3ConfigFromEnv } from "@/lib/storage/s3";
import type { Storage } from "@/lib/storage/types";

export { assetKey, jobChunkKey, jobOutputKey } from "@/lib/storage/types";
export type { Storage, StoredObject } from "@/lib/storage/types";

const holder = globalThis as unknown as { inksetStorage?: Storage };

export function getStorage(): Storage {
  holder.inksetStorage ??= env.STORAGE_DRIVER === "s3" ? createS3Storage(s3ConfigFromEnv(env)) : createFsStorage(env.JOBS_DIR);
  return holder.inksetStorage;
}

/** Tests point storage at a temp directory (or another driver). */
export function setStorageForTests(storage: Storage | undefined) {
  if (env.NODE_ENV !== "test") throw new Error("setStorageForTests is for tests only");
  holder.inksetStorage = storage;
}
