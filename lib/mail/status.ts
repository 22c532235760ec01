// Job-finished mail states (prisma MailStatus), shared by the data layer, the API and the Outbox page:
// a leaf module with no imports.
export const MAIL_STATUSES = ["waiting", "pending", "sent", "kept", "failed", "skipped"] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];
