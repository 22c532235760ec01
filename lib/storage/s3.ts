// S3-compatible object storage (AWS S3, Cloudflare R2, MinIO, s3rver in tests) behind the Storage
// interface. Keys come from jobOutputKey() only, so nothing here escapes or validates user input.
import { createReadStream } from "node:fs";
import { stat as statFile } from "node:fs/promises";
import type { Readable } from "node:stream";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
  paginateListObjectsV2,
} from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import type { Env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { Storage, StoredObject } from "@/lib/storage/types";

export type S3StorageConfig = {
  bucket: string;
  region: string;
  /** Custom endpoint for R2/MinIO/self-hosted; omit for AWS. */
  endpoint?: string;
  /** Omit both to use the SDK's default chain (IAM role, AWS_* variables) in production. */
  accessKeyId?: string;
  secretAccessKey?: string;
  /** Path-style URLs (`endpoint/bucket/key`): MinIO, s3rver and most self-hosted servers need it. */
  forcePathStyle: boolean;
};

export function s3ConfigFromEnv(env: Env): S3StorageConfig {
  if (!env.STORAGE_S3_BUCKET) throw new Error("STORAGE_S3_BUCKET is required when STORAGE_DRIVER=s3");
  return {
    bucket: env.STORAGE_S3_BUCKET,
    region: env.STORAGE_S3_REGION,
    endpoint: env.STORAGE_S3_ENDPOINT,
    accessKeyId: env.STORAGE_S3_ACCESS_KEY_ID,
    secretAccessKey: env.STORAGE_S3_SECRET_ACCESS_KEY,
    forcePathStyle: env.STORAGE_S3_FORCE_PATH_STYLE,
  };
}

/** `attachment` with an ASCII fallback and the RFC 5987 UTF-8 name, for the presigned response. */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

function isNotFound(err: unknown): boolean {
  if (err instanceof S3ServiceException) {
    return err.name === "NotFound" || err.name === "NoSuchKey" || err.$metadata.httpStatusCode === 404;
  }
  return false;
}

/**
 * A storage outage is transient: the render step is retried by Inngest (or the local worker).
 * The message is what a user may see on the job; the SDK error (endpoint, request id) stays in `cause`.
 */
function unavailable(operation: string, err: unknown): AppError {
  const error = new AppError("UNAVAILABLE", `File storage is temporarily unavailable (${operation}); please try again.`, undefined, true);
  error.cause = err;
  return error;
}

export function createS3Storage(config: S3StorageConfig): Storage {
  const client = new S3Client({
    region: config.region,
    endpoint: config.endpoint,
    forcePathStyle: config.forcePathStyle,
    credentials:
      config.accessKeyId && config.secretAccessKey
        ? { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey }
        : undefined,
    // Recent SDKs add CRC checksums as aws-chunked trailers to every upload by default; several
    // S3-compatible servers (older MinIO, s3rver, some R2 setups) reject those. Only send them when an API requires it.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
  const Bucket = config.bucket;

  return {
    driver: "s3",

    async putFile(key, localPath, options) {
      // PutObject is atomic: readers see the old object or the whole new one, never a partial body.
      const { size } = await statFile(localPath);
      try {
        await client.send(
          new PutObjectCommand({
            Bucket,
            Key: key,
            Body: createReadStream(localPath),
            ContentLength: size,
            ContentType: options?.contentType ?? "application/pdf",
          }),
        );
      } catch (err) {
        throw unavailable("upload", err);
      }
      return { size };
    },

    async stat(key) {
      try {
        const head = await client.send(new HeadObjectCommand({ Bucket, Key: key }));
        return { key, size: head.ContentLength ?? 0, lastModified: head.LastModified ?? new Date(0) };
      } catch (err) {
        if (isNotFound(err)) return null;
        throw unavailable("stat", err);
      }
    },

    async read(key) {
      try {
        const out = await client.send(new GetObjectCommand({ Bucket, Key: key }));
        // In Node the SDK body is an http.IncomingMessage (a Readable) with stream mix-ins.
        const stream = out.Body as Readable | undefined;
        if (!stream) return null;
        return { stream, size: out.ContentLength ?? 0 };
      } catch (err) {
        if (isNotFound(err)) return null;
        throw unavailable("download", err);
      }
    },

    async signedDownloadUrl(key, { fileName, expiresInSeconds }) {
      // Signing is local (no request); the response headers make the browser save a named PDF.
      const command = new GetObjectCommand({
        Bucket,
        Key: key,
        ResponseContentDisposition: attachmentDisposition(fileName),
        ResponseContentType: "application/pdf",
      });
      return getSignedUrl(client, command, { expiresIn: expiresInSeconds });
    },

    async delete(key) {
      try {
        await client.send(new DeleteObjectCommand({ Bucket, Key: key }));
      } catch (err) {
        if (isNotFound(err)) return;
        throw unavailable("delete", err);
      }
    },

    async *list(prefix) {
      try {
        for await (const page of paginateListObjectsV2({ client }, { Bucket, Prefix: prefix })) {
          for (const item of page.Contents ?? []) {
            if (!item.Key) continue;
            const object: StoredObject = { key: item.Key, size: item.Size ?? 0, lastModified: item.LastModified ?? new Date(0) };
            yield object;
          }
        }
      } catch (err) {
        throw unavailable("list", err);
      }
    },
  };
}
