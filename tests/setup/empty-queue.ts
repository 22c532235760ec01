// Every database test file starts with an empty queue. Files share one database per engine and a
// supervisor claims any pending job, so jobs another file left queued (API tests that only create
// them, a run stopped mid-render) would otherwise run here, take turns first and stretch timings.
import { beforeAll } from "vitest";

beforeAll(async () => {
  // Imported here, not at the top: the test file's own env stubs must apply before lib/env is read.
  const { db } = await import("@/lib/db/client");
  await db.pdfJob.updateMany({ where: { status: { in: ["pending", "processing"] } }, data: { status: "cancelled" } });
});
