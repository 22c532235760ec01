import { plural } from "@/lib/plural";
import type { JobJson } from "@/lib/jobs/serialize";
import { LocalTime } from "@/components/jobs/local-time";
import { formatDuration } from "@/components/jobs/format";

type Timings = Partial<Record<"parse_ms" | "compile_ms" | "layout_ms" | "write_ms" | "total_ms", number>>;
type Warning = { path?: string; message?: string; line?: number; severity?: string };

/** Compile/render timings, warnings and timestamps, folded away by default. */
export function JobDetails({ job }: { job: JobJson }) {
  const d = job.diagnostics ?? {};
  const timings = (d.timings ?? {}) as Timings;
  const warnings = (Array.isArray(d.warnings) ? d.warnings : []) as Warning[];
  const warningCount = typeof d.warning_count === "number" ? d.warning_count : warnings.length;
  const stats = (d.stats ?? null) as Record<string, number> | null;
  return (
    <details className="rounded-md border border-stone-200 p-3 text-sm dark:border-stone-800">
      <summary className="cursor-pointer select-none font-medium">
        Details{warningCount ? ` · ${plural(warningCount, "warning")}` : ""}
      </summary>
      <div className="mt-3 grid gap-4 sm:grid-cols-2">
        <dl className="grid grid-cols-2 gap-1">
          <dt className="text-stone-500">Queued</dt>
          <dd>
            <LocalTime iso={job.created_at} />
          </dd>
          <dt className="text-stone-500">Started</dt>
          <dd>
            <LocalTime iso={job.started_at} />
          </dd>
          <dt className="text-stone-500">Finished</dt>
          <dd>
            <LocalTime iso={job.completed_at} />
          </dd>
          <dt className="text-stone-500">Attempts</dt>
          <dd>{job.attempts}</dd>
          <dt className="text-stone-500">Profile</dt>
          <dd>{job.profile ?? "from the template"}</dd>
          <dt className="text-stone-500">Options</dt>
          <dd>{describeOptions(job.render_options)}</dd>
          {job.webhook ? (
            <>
              <dt className="text-stone-500">Webhook</dt>
              <dd className="break-all" title={job.webhook.url}>
                {describeWebhook(job.webhook)}
              </dd>
            </>
          ) : null}
        </dl>
        <dl className="grid grid-cols-2 gap-1">
          {(["parse_ms", "compile_ms", "layout_ms", "write_ms", "total_ms"] as const).map((k) => (
            <Row key={k} label={k.replace("_ms", "").replace(/^\w/, (c) => c.toUpperCase())} value={formatDuration(timings[k] ?? null)} />
          ))}
          {stats ? <Row label="Links" value={String(stats.links ?? "—")} /> : null}
        </dl>
      </div>
      {warnings.length ? (
        <ul className="mt-3 max-h-64 list-disc space-y-1 overflow-auto pl-5 text-amber-800 dark:text-amber-300">
          {warnings.map((w, i) => (
            <li key={i}>
              <code>{w.path}</code>: {w.message}
              {w.line ? ` (line ${w.line})` : ""}
            </li>
          ))}
        </ul>
      ) : null}
    </details>
  );
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <>
      <dt className="text-stone-500">{label}</dt>
      <dd>{value}</dd>
    </>
  );
}

function describeWebhook(w: NonNullable<JobJson["webhook"]>): string {
  const tries = `${w.attempts} attempt${w.attempts === 1 ? "" : "s"}`;
  if (w.status === "delivered") return `delivered (${tries})`;
  const last = w.last_error ?? (w.last_status_code ? `HTTP ${w.last_status_code}` : null);
  return `${w.status === "failed" ? "failed" : "pending"} (${tries}${last ? `; last: ${last}` : ""})`;
}

function describeOptions(o: JobJson["render_options"]): string {
  const parts = [`touch targets: ${o.touch_targets}`, `links: ${o.link_targets}`, `constraints: ${o.constraint_scope}`];
  if (o.today) parts.push(`today: ${o.today}`);
  return parts.join(" · ");
}
