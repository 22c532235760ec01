import Link from "next/link";
import { EmptyState } from "@/components/ui/card";

export default function ProjectNotFound() {
  return (
    <EmptyState title="Project not found">
      It may have been deleted, or it belongs to someone else.{" "}
      <Link className="text-brand underline" href="/projects">
        All projects
      </Link>
    </EmptyState>
  );
}
