import Link from "next/link";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { MailStatus } from "@/lib/mail/status";

export type OutboxItem = {
  id: string;
  jobId: string | null;
  status: MailStatus;
  toAddress: string | null;
  subject: string | null;
  textBody: string | null;
  htmlBody: string | null;
  attempts: number;
  lastError: string | null;
  sentAt: string | null;
  createdAt: string;
};

const STATUS: Record<MailStatus, { label: string; tone: BadgeTone; hint: string }> = {
  waiting: { label: "Waiting for the job", tone: "info", hint: "Composed when the job finishes." },
  pending: { label: "Retrying", tone: "warning", hint: "The mail server did not take it yet; retried with backoff." },
  sent: { label: "Sent", tone: "success", hint: "Handed to the mail server." },
  kept: { label: "Kept here", tone: "neutral", hint: "No mail server is configured: this is exactly what would be sent." },
  failed: { label: "Failed", tone: "danger", hint: "Given up after 5 attempts." },
  skipped: { label: "Not sent", tone: "neutral", hint: "The job was cancelled or deleted before it finished." },
};

const when = (iso: string) => new Date(iso).toLocaleString("en-GB", { timeZone: "UTC", dateStyle: "medium", timeStyle: "short" }) + " UTC";

/** The owner's job-finished mails, newest first; each opens to the HTML as sent (sandboxed) and its plain text. */
export function OutboxList({ mails }: { mails: OutboxItem[] }) {
  return (
    <ul className="divide-y divide-stone-200 dark:divide-stone-800" data-testid="outbox">
      {mails.map((m) => {
        const s = STATUS[m.status];
        return (
          <li key={m.id} data-testid="outbox-mail">
            <details className="group py-3">
              <summary className="flex cursor-pointer list-none flex-wrap items-center gap-x-3 gap-y-1 rounded-md px-1 py-1 hover:bg-stone-50 focus-visible:outline-2 focus-visible:outline-brand dark:hover:bg-stone-800/50">
                <span aria-hidden className="text-stone-400 transition-transform group-open:rotate-90">
                  ▸
                </span>
                <span className="min-w-0 flex-1 truncate font-medium">
                  {m.subject ?? "Job-finished mail (composed when the job finishes)"}
                </span>
                <Badge tone={s.tone}>{s.label}</Badge>
                <span className="w-full pl-5 text-xs text-stone-600 sm:w-auto sm:pl-0 dark:text-stone-400">
                  {m.toAddress ? `To ${m.toAddress} · ` : ""}
                  <time dateTime={m.sentAt ?? m.createdAt}>{when(m.sentAt ?? m.createdAt)}</time>
                </span>
              </summary>
              <div className="mt-3 space-y-3 pl-5">
                <p className="text-xs text-stone-600 dark:text-stone-400">
                  {s.hint}
                  {m.lastError ? ` Last error: ${m.lastError}` : ""}
                  {m.jobId ? (
                    <>
                      {" "}
                      <Link href={`/jobs/${m.jobId}`} className="font-medium text-brand hover:underline">
                        Open the job
                      </Link>
                    </>
                  ) : null}
                </p>
                {m.htmlBody ? (
                  // sandbox="": no scripts, no forms, no same-origin access; links open only if the user copies them.
                  <iframe
                    title={`Mail: ${m.subject ?? ""}`}
                    sandbox=""
                    srcDoc={m.htmlBody}
                    className="h-[38rem] w-full rounded-lg border border-stone-200 bg-stone-100 dark:border-stone-700"
                  />
                ) : null}
                {m.textBody ? (
                  <details>
                    <summary className="cursor-pointer text-sm font-medium">Plain-text version</summary>
                    <pre
                      tabIndex={0}
                      className="mt-2 overflow-x-auto whitespace-pre-wrap rounded bg-stone-100 p-3 font-mono text-xs dark:bg-stone-950"
                    >
                      {m.textBody}
                    </pre>
                  </details>
                ) : null}
              </div>
            </details>
          </li>
        );
      })}
    </ul>
  );
}
