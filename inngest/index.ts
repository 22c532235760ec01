// Every Inngest function the app serves at /api/inngest. Add new functions here only.
import { cleanupJobs } from "@/inngest/functions/cleanup";
import { relayOutboxEvents } from "@/inngest/functions/outbox-relay";
import { renderCancelled } from "@/inngest/functions/render-cancelled";
import { renderPdf } from "@/inngest/functions/render-pdf";

export { inngest } from "@/lib/jobs/queue/inngest-client";

export const functions = [renderPdf, renderCancelled, cleanupJobs, relayOutboxEvents];
