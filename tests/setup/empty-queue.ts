// Every database test file starts with empty queues. Files share one database per engine, and a
// supervisor or a dispatcher picks up any pending row, so jobs, webhook deliveries and mails another
// file left queued (API tests that only create them, a run stopped mid-render) would otherwise run
// here, take turns first, stretch timings and show up in this file's counts.
import { beforeAll } from "vitest";

beforeAll(async () => {
  // Imported here, not at the top: the test file's own env stubs must apply before lib/env is read.
  const { db } = await import("@/lib/db/client");
  await db.pdfJob.updateMany({ where: { status: { in: ["pending", "processing"] } }, data: { status: "cancelled" } });
  await db.webhookDelivery.updateMany({ where: { status: "pending" }, data: { status: "failed" } });
  await db.mailMessage.updateMany({ where: { status: { in: ["waiting", "pending"] } }, data: { status: "skipped" } });
});
