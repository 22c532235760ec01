import Link from "next/link";
import { EmptyState } from "@/components/ui/card";

export default function JobNotFound() {
  return (
    <EmptyState title="Job not found">
      It may have expired after the retention period, or it belongs to someone else.{" "}
      <Link href="/jobs" className="text-brand hover:underline">
        Back to jobs
      </Link>
    </EmptyState>
  );
}
