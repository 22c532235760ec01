import Link from "next/link";
import { EmptyState } from "@/components/ui/card";
import { productName } from "@/lib/templates";

export type ProjectRow = { id: string; name: string; description: string; deviceProfile: string; updatedAt: Date };

export function ProjectList({ projects }: { projects: ProjectRow[] }) {
  if (projects.length === 0) {
    return (
      <EmptyState title="No projects yet">
        Start a blank page above, build a planner, or pick an example in the{" "}
        <Link className="text-brand underline" href="/gallery">
          gallery
        </Link>
        .
      </EmptyState>
    );
  }
  return (
    <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
      {projects.map((p) => (
        <li key={p.id}>
          <Link
            href={`/projects/${p.id}`}
            className="flex items-center justify-between gap-4 px-4 py-3 hover:bg-stone-50 dark:hover:bg-stone-800/50"
          >
            <div className="min-w-0">
              <p className="truncate font-medium">{p.name}</p>
              {p.description ? <p className="truncate text-sm text-stone-600 dark:text-stone-400">{p.description}</p> : null}
            </div>
            <div className="shrink-0 text-right text-xs text-stone-500">
              <p>{productName(p.deviceProfile)}</p>
              <p>Updated {p.updatedAt.toISOString().slice(0, 10)}</p>
            </div>
          </Link>
        </li>
      ))}
    </ul>
  );
}
