// A render run that Inngest cancelled (the finish timeout, cancelOn, the dashboard or the REST
// API) never reaches onFailure. If its row is still pending/processing, the job would stay "active"
// for ever: fail it with a message. A job the user cancelled is already "cancelled" and stays so.
import { markJobFailed } from "@/lib/db/jobs";
import { deliverDueWebhooks } from "@/lib/webhooks/dispatch";
import { INNGEST_APP_ID, inngest } from "@/lib/jobs/queue/inngest-client";
import { DELIVER_WEBHOOK_STEP, RENDER_PDF_ID } from "@/inngest/functions/render-pdf";

export const RUN_CANCELLED_MESSAGE = "Rendering was stopped because it took too long or was cancelled by an operator";

export const renderCancelled = inngest.createFunction(
  {
    id: "render-pdf-cancelled",
    name: "Fail PDF jobs whose render run was cancelled",
    // Function ids on the wire are "<app id>-<function id>".
    triggers: [{ event: "inngest/function.cancelled", if: `event.data.function_id == '${INNGEST_APP_ID}-${RENDER_PDF_ID}'` }],
    retries: 5,
  },
  async ({ event, step }) => {
    const original: unknown = event.data.event;
    const data = typeof original === "object" && original !== null ? (original as { data?: unknown }).data : undefined;
    const jobId = typeof data === "object" && data !== null ? (data as { jobId?: unknown }).jobId : undefined;
    if (typeof jobId !== "string") return { updated: false };
    const updated = await step.run("mark-job-failed", () => markJobFailed(jobId, null, RUN_CANCELLED_MESSAGE));
    await step.run(DELIVER_WEBHOOK_STEP, () => deliverDueWebhooks({ jobId }));
    return { updated };
  },
);
