import type { Metadata } from "next";
import { ActiveJobsTable } from "@/components/admin/active-jobs-table";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { listAllActiveJobs, ACTIVE_JOBS_SHOWN } from "@/lib/admin/operations";
import { requireAdmin } from "@/lib/auth/current-user";
import { cancelAnyJobAction } from "../actions";

export const metadata: Metadata = { title: "Active jobs · Operator" };

export default async function AdminJobsPage() {
  await requireAdmin();
  const { jobs, total } = await listAllActiveJobs();
  const running = jobs.filter((j) => j.status === "processing").length;
  return (
    <>
      <PageHeader
        title="Active jobs"
        description={`Every user's renders now: ${running} rendering, ${total - running} queued. Cancelling stops the render at once; the owner sees it as cancelled.`}
      />
      {jobs.length === 0 ? (
        <EmptyState title="Nothing is queued or rendering">New jobs appear here as users submit them.</EmptyState>
      ) : (
        <>
          <ActiveJobsTable jobs={jobs} cancel={cancelAnyJobAction} />
          {total > jobs.length ? (
            <p className="mt-3 text-sm text-stone-600 dark:text-stone-400">
              Showing the first {ACTIVE_JOBS_SHOWN} of {total} (running first, then oldest).
            </p>
          ) : null}
        </>
      )}
    </>
  );
}
