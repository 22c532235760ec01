// The job-finished e-mail, as plain text and HTML. Pure: everything it shows is an argument. User
// text (the title, the error) is escaped in the HTML; links are absolute.
import { escapeHtml } from "@/lib/escape-html";
import { formatBytes } from "@/lib/format-bytes";
import { plural } from "@/lib/plural";

export type JobMailInput = {
  title: string;
  status: "completed" | "failed";
  device: string;
  pageCount: number | null;
  sizeBytes: number | null;
  errorMessage: string | null;
  jobUrl: string;
  settingsUrl: string;
  share: { url: string; expiresAt: Date } | null;
};

export type JobMail = { subject: string; text: string; html: string };

// Dates in mail are read anywhere: UTC, spelled out, never the server's locale.
const utc = (d: Date) =>
  `${d.toLocaleString("en-GB", { timeZone: "UTC", day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" })} UTC`;

export function composeJobMail(m: JobMailInput): JobMail {
  const done = m.status === "completed";
  const subject = done ? `Your PDF is ready: ${m.title}` : `Your PDF could not be rendered: ${m.title}`;
  const facts: [string, string][] = done
    ? [
        ["Device", m.device],
        ["Pages", m.pageCount === null ? "—" : plural(m.pageCount, "page")],
        ["Size", formatBytes(m.sizeBytes)],
      ]
    : [
        ["Device", m.device],
        ["Error", m.errorMessage ?? "Rendering failed"],
      ];
  const lead = done ? `“${m.title}” has finished rendering.` : `“${m.title}” could not be rendered.`;
  const shareText = m.share ? `Download (no sign-in needed, until ${utc(m.share.expiresAt)}):\n${m.share.url}\n\n` : "";
  const text =
    `${lead}\n\n` +
    facts.map(([k, v]) => `${k}: ${v}`).join("\n") +
    `\n\n${shareText}` +
    `${done ? "Open the job" : "See what went wrong and try again"}: ${m.jobUrl}\n\n` +
    `-- \nYou get this mail because you asked to be told when this job finished.\nNotification settings: ${m.settingsUrl}\n`;

  const row = ([k, v]: [string, string]) =>
    `<tr><td style="padding:4px 16px 4px 0;color:#57534e;white-space:nowrap">${escapeHtml(k)}</td><td style="padding:4px 0;color:#1c1917">${escapeHtml(v)}</td></tr>`;
  const button = (href: string, label: string, primary: boolean) =>
    `<a href="${escapeHtml(href)}" style="display:inline-block;padding:10px 18px;border-radius:8px;font-weight:600;text-decoration:none;${
      primary ? "background:#0f766e;color:#ffffff" : "border:1px solid #d6d3d1;color:#1c1917"
    }">${label}</a>`;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:24px;background:#f5f5f4;font-family:system-ui,-apple-system,'Segoe UI',sans-serif;font-size:15px;line-height:1.5">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:520px;background:#ffffff;border:1px solid #e7e5e4;border-radius:12px">
<tr><td style="padding:28px 28px 8px"><p style="margin:0 0 16px;font-weight:700;color:#0f766e">Inkset</p>
<h1 style="margin:0 0 8px;font-size:20px;color:#1c1917">${escapeHtml(done ? "Your PDF is ready" : "Your PDF could not be rendered")}</h1>
<p style="margin:0 0 16px;color:#44403c">${escapeHtml(lead)}</p>
<table role="presentation" cellpadding="0" cellspacing="0" style="margin:0 0 20px;font-size:14px">${facts.map(row).join("")}</table>
${m.share ? `<p style="margin:0 0 8px">${button(m.share.url, "Download PDF", true)}</p><p style="margin:0 0 20px;font-size:13px;color:#78716c">No sign-in needed. The link works until ${escapeHtml(utc(m.share.expiresAt))}; forward it to share the PDF.</p>` : ""}
<p style="margin:0 0 24px">${button(m.jobUrl, done ? "Open the job" : "See the job", !m.share)}</p></td></tr>
<tr><td style="padding:16px 28px 24px;border-top:1px solid #e7e5e4;font-size:12px;color:#78716c">You get this mail because you asked to be told when this job finished. <a href="${escapeHtml(m.settingsUrl)}" style="color:#57534e">Notification settings</a></td></tr>
</table></td></tr></table></body></html>`;
  return { subject, text, html };
}
