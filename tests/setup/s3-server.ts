// A real S3-compatible server (s3rver, filesystem-backed) on 127.0.0.1 with a random port, for
// storage contract tests and S3-backed pipeline tests. Not a mock: the AWS SDK talks HTTP to it.
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import type { S3StorageConfig } from "@/lib/storage/s3";

// s3rver ships no type declarations; this is the part of its API we use.
type S3rverOptions = {
  address: string;
  port: number;
  silent: boolean;
  directory: string;
  configureBuckets: { name: string }[];
  allowMismatchedSignatures?: boolean;
};
type S3rverInstance = { run(): Promise<AddressInfo>; close(): Promise<void> };
type S3rverCtor = new (options: S3rverOptions) => S3rverInstance;

// s3rver's built-in account. It rejects unknown access key ids and expired presigned URLs, but it
// does not verify V4 signature bytes, and it writes objects in place (real S3 and R2 are atomic).
export const S3RVER_ACCESS_KEY_ID = "S3RVER";
export const S3RVER_SECRET_ACCESS_KEY = "S3RVER";

export type S3TestServer = {
  config: S3StorageConfig;
  endpoint: string;
  close(): Promise<void>;
};

/** `port` 0 picks a free one (Vitest); the e2e harness pins one (tests/setup/s3-server-cli.ts). */
export async function startS3Server(bucket = "inkset-test", port = 0): Promise<S3TestServer> {
  const S3rver = createRequire(import.meta.url)("s3rver") as S3rverCtor;
  const directory = mkdtempSync(path.join(os.tmpdir(), "inkset-s3rver-"));
  const server = new S3rver({ address: "127.0.0.1", port, silent: true, directory, configureBuckets: [{ name: bucket }] });
  const address = await server.run();
  const endpoint = `http://127.0.0.1:${address.port}`;
  return {
    endpoint,
    config: {
      bucket,
      region: "us-east-1",
      endpoint,
      accessKeyId: S3RVER_ACCESS_KEY_ID,
      secretAccessKey: S3RVER_SECRET_ACCESS_KEY,
      forcePathStyle: true,
    },
    async close() {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
