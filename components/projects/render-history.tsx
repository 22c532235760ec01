import Link from "next/link";
import { LocalTime } from "@/components/jobs/local-time";
import { STATUS_LABEL, STATUS_TONE } from "@/components/jobs/format";
import { Badge } from "@/components/ui/badge";
import type { JobStatus } from "@/lib/job-status";
import { plural } from "@/lib/plural";
import { productName } from "@/lib/templates/profiles/product-names";

type ProjectRender = {
  id: string;
  status: JobStatus;
  pageCount: number | null;
  createdAt: Date;
  profile: string | null;
  projectVersion: { number: number } | null;
};

/** The project's recent renders, each with the version it used; links to the job pages. */
export function RenderHistory({ projectId, renders, total }: { projectId: string; renders: ProjectRender[]; total: number }) {
  return (
    <section aria-labelledby="render-history">
      <div className="mb-3 flex items-baseline justify-between gap-3">
        <h2 id="render-history" className="text-lg font-semibold">
          Render history
        </h2>
        {total > renders.length ? (
          <Link href={`/jobs?project=${projectId}`} className="text-sm text-brand hover:underline">
            All {plural(total, "render")}
          </Link>
        ) : null}
      </div>
      {renders.length === 0 ? (
        <p className="text-sm text-stone-600 dark:text-stone-400">No renders yet. Render the project to get a PDF for your tablet.</p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 text-sm dark:divide-stone-800 dark:border-stone-800">
          {renders.map((r) => (
            <li key={r.id}>
              <Link
                href={`/jobs/${r.id}`}
                className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2 hover:bg-stone-50 dark:hover:bg-stone-800/50"
              >
                <Badge tone={STATUS_TONE[r.status]}>{r.status === "pending" ? "Waiting" : STATUS_LABEL[r.status]}</Badge>
                <span className="font-medium">{r.projectVersion ? `Version ${r.projectVersion.number}` : "Earlier text"}</span>
                <span className="text-stone-600 dark:text-stone-400">
                  {r.pageCount !== null ? plural(r.pageCount, "page") : ""}
                  {r.profile ? ` · ${productName(r.profile)}` : ""}
                </span>
                <span className="ml-auto text-stone-600 dark:text-stone-400">
                  <LocalTime iso={r.createdAt.toISOString()} relative />
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
