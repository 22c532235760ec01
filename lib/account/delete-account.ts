// Deleting an account: everything the user made goes, stored bytes included. Order matters: renders
// are cancelled first (no PDF appears for a deleted user), then the stored PDFs and asset bytes, then
// the row, whose cascade removes sessions, tokens, projects, jobs, assets and the rest. A crash part
// way leaves only stored objects without rows, which the retention sweep removes.
import { listAssetIds } from "@/lib/db/assets";
import { deleteUserRow, listActiveJobIds, listJobIds, listJobOutputKeys } from "@/lib/db/accounts";
import { tokenCache } from "@/lib/db/api-token-cache";
import { AppError, notFound } from "@/lib/errors";
import { cancelRenderJob } from "@/lib/jobs/enqueue";
import { logger } from "@/lib/log";
import { deleteJobPageImages } from "@/lib/pages/job-pages";
import { assetKey, getStorage } from "@/lib/storage";

const log = logger.child({ module: "account" });

export type DeletedAccount = { cancelledJobs: number; deletedFiles: number };

export async function deleteAccount(userId: string): Promise<DeletedAccount> {
  let cancelledJobs = 0;
  for (const jobId of await listActiveJobIds(userId)) {
    try {
      await cancelRenderJob(userId, jobId);
      cancelledJobs++;
    } catch (err) {
      // Finished between the query and the cancel: its file is deleted below like any other.
      if (!(err instanceof AppError)) throw err;
    }
  }
  const storage = getStorage();
  const keys = [...(await listJobOutputKeys(userId)), ...(await listAssetIds(userId)).map(assetKey)];
  for (const key of keys) await storage.delete(key);
  for (const jobId of await listJobIds(userId)) await deleteJobPageImages(jobId);
  if (!(await deleteUserRow(userId))) throw notFound("Account");
  tokenCache.forgetUser(userId);
  log.info({ userId, cancelledJobs, deletedFiles: keys.length }, "account deleted");
  return { cancelledJobs, deletedFiles: keys.length };
}
