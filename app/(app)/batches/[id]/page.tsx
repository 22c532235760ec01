import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BatchStatus } from "@/components/batches/batch-status";
import { PageHeader } from "@/components/ui/card";
import { isRecordId } from "@/lib/api-input";
import { requireUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { getBatch } from "@/lib/jobs/batches";
import { batchDeviceNames } from "@/lib/jobs/batch-devices";
import { cancelBatchAction } from "../actions";

export const metadata: Metadata = { title: "Batch" };

export default async function BatchPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  if (!isRecordId(id)) notFound();
  const batch = await getBatch(user.id, id).catch((err: unknown) => {
    if (err instanceof AppError && err.code === "NOT_FOUND") notFound();
    throw err;
  });
  const names = batchDeviceNames();
  return (
    <>
      <PageHeader
        title={batch.title}
        description={`${batch.jobs.some((j) => j.variables) ? "One PDF per device and set of variables" : "One PDF per device"} · queued ${batch.created_at.slice(0, 16).replace("T", " ")} UTC`}
      />
      <BatchStatus initial={batch} names={names} cancel={cancelBatchAction} />
    </>
  );
}
