import type { JobJson } from "@/lib/jobs/serialize";

type Warning = { path?: string; message?: string; line?: number };

/** A finished job's warnings, shown (not folded away): the PDF exists, but something was left out. */
export function JobWarnings({ job }: { job: JobJson }) {
  const d = job.diagnostics ?? {};
  const warnings = (Array.isArray(d.warnings) ? d.warnings : []) as Warning[];
  if (job.status !== "completed" || warnings.length === 0) return null;
  return (
    <section
      aria-label="Warnings"
      className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100"
    >
      <h2 className="mb-1 font-semibold">The PDF is ready, with {warnings.length === 1 ? "1 warning" : `${warnings.length} warnings`}</h2>
      <ul className="max-h-64 list-disc space-y-1 overflow-auto pl-5">
        {warnings.map((w, i) => (
          <li key={i}>
            {w.message}
            {w.path ? (
              <span className="text-amber-900 dark:text-amber-200">
                {" "}
                ({w.path}
                {w.line ? `, line ${w.line}` : ""})
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
