// SMTP through nodemailer, configured by SMTP_URL. Without it nothing leaves the machine: the
// dispatcher keeps composed mails in the outbox (Settings → Outbox) instead.
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";

export type MailTransport = { send(mail: { to: string; subject: string; text: string; html: string }): Promise<void> };

const cache = new Map<string, Transporter>();

/** Null when no SMTP server is configured. `smtpUrl` overrides SMTP_URL (tests). */
export function getMailTransport(smtpUrl: string | null | undefined = env.SMTP_URL): MailTransport | null {
  if (!smtpUrl) return null;
  let transporter = cache.get(smtpUrl);
  if (!transporter) {
    // Timeouts: a dead server fails the attempt (retried later) instead of holding the dispatcher.
    transporter = nodemailer.createTransport(smtpUrl, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 });
    cache.set(smtpUrl, transporter);
  }
  const t = transporter;
  return {
    async send(mail) {
      await t.sendMail({ from: env.MAIL_FROM, ...mail });
    },
  };
}
