// Job-finished e-mail end to end on the real database (SQLite and Postgres): real renders, a real
// SMTP server (smtp-server) on 127.0.0.1 that nodemailer delivers to, the mail parsed back with
// mailparser, and its share link downloaded signed out. Also: the outbox without SMTP, retries after
// an SMTP outage, the per-job flag against the account setting, failed and cancelled jobs.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const SMTP_PORT = 2526;
const DEAD_SMTP_PORT = 2527; // nothing listens here
vi.hoisted(() => {
  vi.stubEnv("JOBS_DIR", `${process.env.TMPDIR ?? "/tmp"}/inkset-mail-${process.pid}-${Date.now()}`);
  vi.stubEnv("APP_URL", "https://inkset.example.com");
  vi.stubEnv("SMTP_URL", "smtp://127.0.0.1:2526");
  vi.stubEnv("MAIL_FROM", "Inkset <robot@inkset.example.com>");
  vi.stubEnv("PDF_SPARE_CHILD", "false");
  vi.stubEnv("LOG_LEVEL", "error");
});

import { rmSync } from "node:fs";
import { simpleParser, type ParsedMail } from "mailparser";
import { NextRequest } from "next/server";
import { SMTPServer } from "smtp-server";
import { GET as getJobRoute } from "@/app/api/pdf/jobs/[id]/route";
import { POST as createJobRoute } from "@/app/api/pdf/jobs/route";
import { GET as downloadRoute } from "@/app/s/[token]/route";
import { db } from "@/lib/db/client";
import { markJobFailed } from "@/lib/db/job-runs";
import { createJob } from "@/lib/db/jobs";
import { listOutboxForOwner } from "@/lib/db/mail";
import { setNotifyEmail } from "@/lib/db/users";
import { env } from "@/lib/env";
import { cancelRenderJob } from "@/lib/jobs/enqueue";
import type { JobJson } from "@/lib/jobs/serialize";
import { sweepRetention } from "@/lib/jobs/retention";
import { startSupervisor } from "@/lib/jobs/supervisor";
import { deliverDueMail } from "@/lib/mail/dispatch";
import { requestJobMail } from "@/lib/mail/request";
import { ensureRenderChildBuilt, pdfPageCount, sleep, waitForStatus } from "@/tests/helpers/jobs";
import { sampleTemplate } from "@/tests/helpers/job-templates";
import { apiRequest, routeParams, userWithToken } from "@/tests/helpers/users";

type Received = { from: string; to: string[]; mail: ParsedMail };
const received: Received[] = [];
let smtp: SMTPServer;

beforeAll(async () => {
  ensureRenderChildBuilt();
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            to: session.envelope.rcptTo.map((r) => r.address),
            mail,
          });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(SMTP_PORT, "127.0.0.1", resolve));
});
afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(resolve));
  rmSync(env.JOBS_DIR, { recursive: true, force: true });
});

const createJobVia = async (token: string, json: Record<string, unknown>) => {
  const res = await createJobRoute(
    new NextRequest(
      apiRequest("/api/pdf/jobs", token, {
        method: "POST",
        json: { yaml_content: sampleTemplate({ pages: 2 }), deterministic: true, ...json },
      }),
    ),
    routeParams({}),
  );
  expect(res.status).toBe(201);
  return (await res.json()) as JobJson;
};
const getJob = async (token: string, id: string) =>
  (await (await getJobRoute(new NextRequest(apiRequest(`/api/pdf/jobs/${id}`, token)), routeParams({ id }))).json()) as JobJson;
async function until<T>(read: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await read();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error("timed out");
    await sleep(50);
  }
}
const mailTo = (address: string) => received.filter((r) => r.to.includes(address));

describe("over SMTP", () => {
  it("a job with notify_email mails its owner when it completes: facts, a share link that downloads the PDF, a link to the job", async () => {
    const { user, token } = await userWithToken("mail-done");
    const supervisor = startSupervisor({ concurrency: 1, retention: false, webhooks: false });
    let job: JobJson;
    try {
      job = await createJobVia(token, { notify_email: true, profile: "remarkable-2" });
      expect(job.email).toEqual({ status: "waiting", sent_at: null });
      await until(async () => (mailTo(user.email!).length ? true : undefined));
    } finally {
      await supervisor.stop();
    }
    const [{ from, to, mail }] = mailTo(user.email!) as [Received];
    expect(from).toBe("robot@inkset.example.com");
    expect(to).toEqual([user.email]);
    expect(mail.subject).toBe(`Your PDF is ready: ${job.title}`);
    const text = mail.text ?? "";
    expect(text).toContain("Pages: 2 pages");
    expect(text).toContain("Device: reMarkable 2");
    expect(text).toContain(`https://inkset.example.com/jobs/${job.id}`);
    const shareUrl = /https:\/\/inkset\.example\.com\/s\/\S+/.exec(text)?.[0];
    expect(shareUrl).toBeDefined();
    expect(mail.html).toContain(`href="${shareUrl}"`);
    expect(mail.html).toContain("Download PDF");

    const token_ = new URL(shareUrl!).pathname.slice(3);
    const res = await downloadRoute(new NextRequest(new Request(shareUrl!)), routeParams({ token: token_ }));
    expect(res.status).toBe(200);
    expect(await pdfPageCount(new Uint8Array(await res.arrayBuffer()))).toBe(2);

    const after = await getJob(token, job.id);
    expect(after.status).toBe("completed");
    expect(after.email).toEqual({ status: "sent", sent_at: expect.any(String) });
  });

  it("an SMTP outage delays the mail (kept, retried with backoff) and never touches the job", async () => {
    const { user } = await userWithToken("mail-outage");
    const job = await createJob({
      ownerId: user.id,
      title: "Outage",
      yamlContent: "x",
      deterministic: true,
      strictMode: false,
      notifyEmail: true,
    });
    await db.pdfJob.update({ where: { id: job.id }, data: { status: "failed", errorMessage: "boom" } });
    const now = new Date();
    expect(await deliverDueMail({ jobId: job.id, now, smtpUrl: `smtp://127.0.0.1:${DEAD_SMTP_PORT}` })).toMatchObject({ retrying: 1 });
    const row = await db.mailMessage.findUniqueOrThrow({ where: { jobId: job.id } });
    expect(row).toMatchObject({ status: "pending", attempts: 1 });
    expect(row.lastError).toMatch(/ECONNREFUSED/);
    expect(row.nextAttemptAt.getTime()).toBe(now.getTime() + 60_000);
    // Not due yet: nothing is sent.
    expect(await deliverDueMail({ jobId: job.id, now: new Date(now.getTime() + 59_000) })).toMatchObject({ sent: 0 });
    // A minute later the server is back.
    expect(await deliverDueMail({ jobId: job.id, now: new Date(now.getTime() + 60_000) })).toMatchObject({ sent: 1 });
    expect(await db.mailMessage.findUniqueOrThrow({ where: { jobId: job.id } })).toMatchObject({
      status: "sent",
      attempts: 2,
      lastError: null,
    });
    expect((await db.pdfJob.findUniqueOrThrow({ where: { id: job.id } })).status).toBe("failed");
  });

  it("a failed job's mail says why, links to the job and carries no share link", async () => {
    const { user } = await userWithToken("mail-failed");
    const job = await createJob({
      ownerId: user.id,
      title: "Broken <planner>",
      yamlContent: "x",
      deterministic: true,
      strictMode: false,
      notifyEmail: true,
    });
    await db.pdfJob.update({ where: { id: job.id }, data: { status: "processing" } });
    expect(await markJobFailed(job.id, null, "PDF has 1500 pages, exceeds limit of 1000")).toBe(true);
    await deliverDueMail({ jobId: job.id });
    const [{ mail }] = mailTo(user.email!) as [Received];
    expect(mail.subject).toBe("Your PDF could not be rendered: Broken <planner>");
    expect(mail.text).toContain("Error: PDF has 1500 pages, exceeds limit of 1000");
    expect(mail.text).not.toContain("/s/");
    expect(mail.html).toContain("Broken &#60;planner&#62;");
    expect(mail.html).not.toContain("<planner>");
  });

  it("a cancelled job sends nothing (skipped)", async () => {
    const { user } = await userWithToken("mail-cancel");
    const job = await createJob({
      ownerId: user.id,
      title: "Cancelled",
      yamlContent: "x",
      deterministic: true,
      strictMode: false,
      notifyEmail: true,
    });
    await cancelRenderJob(user.id, job.id);
    expect(await deliverDueMail({ jobId: job.id })).toMatchObject({ skipped: 1 });
    expect(mailTo(user.email!)).toHaveLength(0);
  });
});

describe("who asked for mail", () => {
  it("notify_email beats the account setting (default off) either way", async () => {
    const { user, token } = await userWithToken("mail-setting");
    expect((await createJobVia(token, {})).email).toBeNull();
    expect((await createJobVia(token, { notify_email: true })).email?.status).toBe("waiting");
    await setNotifyEmail(user.id, true);
    expect((await createJobVia(token, {})).email?.status).toBe("waiting");
    expect((await createJobVia(token, { notify_email: false })).email).toBeNull();
    const bad = await createJobRoute(
      new NextRequest(apiRequest("/api/pdf/jobs", token, { method: "POST", json: { yaml_content: "x: 1", notify_email: "yes" } })),
      routeParams({}),
    );
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toContain("notify_email: must be true or false");
    await db.pdfJob.updateMany({ where: { ownerId: user.id }, data: { status: "cancelled" } });
  });
});

describe("E-mail me when done (a job already running)", () => {
  it("adds the mail to the owner's running job once; a finished job is 409, another user's 404", async () => {
    const { user } = await userWithToken("mail-later");
    const other = await userWithToken("mail-later-other");
    const job = await createJob({ ownerId: user.id, title: "Later", yamlContent: "x", deterministic: true, strictMode: false });
    await expect(requestJobMail(other.user.id, job.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await requestJobMail(user.id, job.id);
    await requestJobMail(user.id, job.id); // asking twice is fine
    expect(await db.mailMessage.count({ where: { jobId: job.id } })).toBe(1);
    await db.pdfJob.update({ where: { id: job.id }, data: { status: "failed", errorMessage: "late" } });
    await expect(requestJobMail(user.id, job.id)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await deliverDueMail({ jobId: job.id })).toMatchObject({ sent: 1 });
    expect(mailTo(user.email!)[0]?.mail.subject).toBe("Your PDF could not be rendered: Later");
  });
});

describe("without SMTP (development)", () => {
  it("keeps the composed mail in the owner's outbox and sends nothing", async () => {
    const { user } = await userWithToken("mail-outbox");
    const other = await userWithToken("mail-outbox-other");
    const job = await createJob({
      ownerId: user.id,
      title: "Kept",
      yamlContent: "x",
      deterministic: true,
      strictMode: false,
      notifyEmail: true,
    });
    await db.pdfJob.update({ where: { id: job.id }, data: { status: "failed", errorMessage: "nope" } });
    expect(await deliverDueMail({ jobId: job.id, smtpUrl: null })).toMatchObject({ kept: 1 });
    expect(mailTo(user.email!)).toHaveLength(0);
    const { mails, total } = await listOutboxForOwner(user.id, { limit: 10, offset: 0 });
    expect(total).toBe(1);
    expect(mails[0]).toMatchObject({ status: "kept", toAddress: user.email, subject: "Your PDF could not be rendered: Kept" });
    expect(mails[0]?.textBody).toContain("Error: nope");
    expect(mails[0]?.htmlBody).toContain("<html");
    expect((await listOutboxForOwner(other.user.id, { limit: 10, offset: 0 })).total).toBe(0);
    // Deleting the job keeps what was "sent" in the outbox.
    await db.pdfJob.delete({ where: { id: job.id } });
    expect((await listOutboxForOwner(user.id, { limit: 10, offset: 0 })).mails[0]).toMatchObject({ status: "kept", jobId: null });
    // The retention sweep keeps a month of mail.
    await sweepRetention(new Date(Date.now() + 29 * 86_400_000));
    expect((await listOutboxForOwner(user.id, { limit: 10, offset: 0 })).total).toBe(1);
    await sweepRetention(new Date(Date.now() + 31 * 86_400_000));
    expect((await listOutboxForOwner(user.id, { limit: 10, offset: 0 })).total).toBe(0);
  });
});
