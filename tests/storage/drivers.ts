// Every Storage implementation, each with its own backing store, for the shared contract tests
// (lib/storage/storage.contract.test.ts) and any suite that must pass on both drivers.
import { mkdtempSync } from "node:fs";
import path from "node:path";
import { createFsStorage } from "@/lib/storage/fs";
import { createS3Storage } from "@/lib/storage/s3";
import type { Storage } from "@/lib/storage/types";
import { startS3Server } from "@/tests/setup/s3-server";

export type StorageDriverCase = {
  name: "fs" | "s3";
  /**
   * Whether a concurrent reader can be shown never to see a partial object. The fs driver promises it
   * (temp file + rename); for S3 it is the service's guarantee, which s3rver does not reproduce.
   */
  serverIsAtomic: boolean;
  /** `tmp` is a scratch directory the caller removes afterwards. */
  create(tmp: string): Promise<{ storage: Storage; teardown: () => Promise<void> }>;
};

export function storageDrivers(): StorageDriverCase[] {
  return [
    {
      name: "fs",
      serverIsAtomic: true,
      async create(tmp) {
        return { storage: createFsStorage(scratchDir(tmp, "fs-store")), teardown: async () => {} };
      },
    },
    {
      name: "s3",
      serverIsAtomic: false,
      async create() {
        const server = await startS3Server();
        return { storage: createS3Storage(server.config), teardown: () => server.close() };
      },
    },
  ];
}

export const scratchDir = (tmp: string, name: string) => mkdtempSync(path.join(tmp, `${name}-`));
