"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { recordId } from "@/lib/api-input";
import { authAction } from "@/lib/auth/action";
import { createBatchSchema } from "@/lib/jobs/batch-schema";
import { cancelBatch, createBatch } from "@/lib/jobs/batches";

/** Project page: render the saved project for each checked device. */
export const renderBatchAction = authAction(createBatchSchema, async (input, { user }) => {
  const batch = await createBatch(user.id, input);
  revalidatePath("/jobs");
  return { batchId: batch.id };
});

export const cancelBatchAction = authAction(z.object({ batchId: recordId }), async ({ batchId }, { user }) => {
  await cancelBatch(user.id, batchId);
  revalidatePath(`/batches/${batchId}`);
  return { batchId };
});
