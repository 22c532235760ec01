// Where finished PDFs and uploaded assets live. Keys are derived from ids only (`jobs/<jobId>.pdf`,
// `assets/<assetId>`), never from user input. Implementations: fs.ts (local directory JOBS_DIR) and s3.ts (S3-compatible).
import type { Readable } from "node:stream";

export type StoredObject = { key: string; size: number; lastModified: Date };

export interface Storage {
  readonly driver: "fs" | "s3";
  /**
   * Stores the file at `localPath` under `key`, atomically (readers never see a partial object).
   * `contentType` defaults to application/pdf (job output); assets pass their image type.
   */
  putFile(key: string, localPath: string, options?: { contentType?: string }): Promise<{ size: number }>;
  /** null when the object does not exist (e.g. removed by retention). */
  stat(key: string): Promise<StoredObject | null>;
  /** Streams the object; null when it does not exist. */
  read(key: string): Promise<{ stream: Readable; size: number } | null>;
  /** A short-lived download URL, or null when the driver cannot sign (fs). */
  signedDownloadUrl(key: string, options: { fileName: string; expiresInSeconds: number }): Promise<string | null>;
  /** Idempotent: deleting a missing key is not an error. */
  delete(key: string): Promise<void>;
  /** Every stored object under `prefix`, for the orphan sweep. */
  list(prefix: string): AsyncIterable<StoredObject>;
}

/** An uploaded image asset's bytes: keyed by the asset id only, never by its user-chosen name. */
export const assetKey = (assetId: string) => {
  if (!/^[a-z0-9]+$/i.test(assetId)) throw new Error("asset ids are alphanumeric");
  return `assets/${assetId}`;
};

export const jobOutputKey = (jobId: string) => {
  if (!/^[a-z0-9]+$/i.test(jobId)) throw new Error("job ids are alphanumeric");
  return `jobs/${jobId}.pdf`;
};

/** One drawn chunk of a job rendered as parallel steps (lib/jobs/chunked-render.ts), until the join. */
export const jobChunkKey = (jobId: string, index: number) => {
  if (!Number.isInteger(index) || index < 0) throw new Error("chunk indexes are whole numbers");
  return `${jobOutputKey(jobId).slice(0, -".pdf".length)}-${index}.chunk`;
};
