// Sends due mails from the e-mail outbox (mail_messages). Like the webhook dispatcher, every runner
// calls it: the local supervisor on a timer, Inngest right after a run and from its relay cron. A
// waiting mail whose job has finished is composed first (with a share link when the job completed),
// so the row holds exactly what is sent; then it is sent over SMTP, or kept in the outbox when no
// SMTP server is configured. Failures are rescheduled in the row: a restart loses nothing, and a
// job never waits for, or fails because of, its mail.
import * as mail from "@/lib/db/mail";
import { publicOrigin } from "@/lib/app-url";
import { logger } from "@/lib/log";
import { composeJobMail } from "@/lib/mail/compose";
import { getMailTransport, type MailTransport } from "@/lib/mail/transport";
import { SHARE_LINK_DEFAULT_TTL_HOURS } from "@/lib/share-links/schema";
import { createShareLink } from "@/lib/share-links/share-links";
import { productName } from "@/lib/templates/profiles/product-names";

export const MAIL_MAX_ATTEMPTS = 5;
/** Wait after failed attempt n (1-based): 1 min, 5 min, 30 min, 2 h. */
export const MAIL_BACKOFF_SECONDS = [60, 300, 1800, 7200] as const;
// A claimed row whose attempt never records an outcome (the process died) is due again after this.
const CLAIM_MS = 60_000;
const BATCH = 50;

const log = logger.child({ module: "mail" });

export type MailDispatchOptions = {
  /** The dispatcher's clock; tests move it forward instead of waiting out the backoff. */
  now?: Date;
  /** Only this job's mail (right after its run). */
  jobId?: string;
  /** Overrides SMTP_URL; null: no SMTP (the outbox keeps the mail). */
  smtpUrl?: string | null;
};
export type MailDispatchResult = Record<"sent" | "kept" | "skipped" | "retrying" | "failed", number>;

const backoff = (attempt: number) => MAIL_BACKOFF_SECONDS[Math.min(attempt, MAIL_BACKOFF_SECONDS.length) - 1] ?? MAIL_BACKOFF_SECONDS[0];

/** One attempt for each due mail. Never throws: a mail problem is logged and retried, never the job's. */
export async function deliverDueMail(opts: MailDispatchOptions = {}): Promise<MailDispatchResult> {
  const result: MailDispatchResult = { sent: 0, kept: 0, skipped: 0, retrying: 0, failed: 0 };
  const now = opts.now ?? new Date();
  try {
    const transport = getMailTransport(opts.smtpUrl === undefined ? undefined : opts.smtpUrl);
    for (const due of await mail.listDueMail(now, BATCH, opts.jobId)) {
      const outcome = await attempt(due, now, transport).catch((err: unknown) => {
        log.error({ mailId: due.id, err }, "mail attempt could not be recorded");
        return null;
      });
      if (outcome) result[outcome]++;
    }
  } catch (err) {
    log.warn({ err }, "mail dispatch failed");
  }
  return result;
}

async function attempt(due: mail.DueMail, now: Date, transport: MailTransport | null): Promise<keyof MailDispatchResult | null> {
  if (!(await mail.claimMail(due.id, due.status, now, new Date(now.getTime() + CLAIM_MS)))) return null; // another process has it
  const attempts = due.attempts + 1;
  let composed = due.status === "pending";
  try {
    if (!composed) {
      if (!(await compose(due.id, now))) {
        await mail.recordMailOutcome(due.id, due.attempts, { status: "skipped" }, now);
        return "skipped";
      }
      composed = true;
    }
    const content = await mail.getComposedMail(due.id);
    if (!content?.toAddress || !content.subject || !content.textBody || !content.htmlBody) throw new Error("mail row has no content");
    if (!transport) {
      await mail.recordMailOutcome(due.id, due.attempts, { status: "kept" }, now);
      return "kept";
    }
    await transport.send({ to: content.toAddress, subject: content.subject, text: content.textBody, html: content.htmlBody });
    await mail.recordMailOutcome(due.id, attempts, { status: "sent" }, now);
    return "sent";
  } catch (err) {
    const error = err instanceof Error ? err.message : String(err);
    const giveUp = attempts >= MAIL_MAX_ATTEMPTS;
    // Never the address or the body in logs; the SMTP server's answer is enough to act on.
    log.warn({ mailId: due.id, attempts, error, giveUp }, "mail attempt failed");
    const retryAt = new Date(now.getTime() + backoff(attempts) * 1000);
    // A compose failure composes again next time; a send failure sends what was composed.
    const state = composed ? "pending" : "waiting";
    await mail.recordMailOutcome(
      due.id,
      attempts,
      giveUp ? { status: "failed", error } : { status: state, nextAttemptAt: retryAt, error },
      now,
    );
    return giveUp ? "failed" : "retrying";
  }
}

/** Writes the mail's content into its row. False when there is nothing to send (cancelled, deleted, no address). */
async function compose(id: string, now: Date): Promise<boolean> {
  const subject = await mail.getMailSubject(id);
  const job = subject?.job;
  const to = subject?.owner.email;
  if (!subject || !job || !to || (job.status !== "completed" && job.status !== "failed")) return false;
  const origin = publicOrigin();
  const share =
    job.status === "completed" && job.outputPath
      ? await createShareLink(subject.ownerId, job.id, { ttl_hours: SHARE_LINK_DEFAULT_TTL_HOURS }, { origin, now })
      : null;
  const content = composeJobMail({
    title: job.title,
    status: job.status,
    device: job.profile ? productName(job.profile) : "As set in the template",
    pageCount: job.pageCount,
    sizeBytes: job.sizeBytes,
    errorMessage: job.errorMessage,
    jobUrl: `${origin}/jobs/${job.id}`,
    settingsUrl: `${origin}/settings/notifications`,
    share: share ? { url: share.url, expiresAt: new Date(share.expires_at) } : null,
  });
  await mail.storeComposedMail(id, { toAddress: to, subject: content.subject, textBody: content.text, htmlBody: content.html }, now);
  return true;
}

/** Long-running processes: sends due mail every `intervalMs` (never overlapping). Returns a stop. */
export function startMailDispatcher(intervalMs: number): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    void deliverDueMail().finally(() => (running = false));
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
