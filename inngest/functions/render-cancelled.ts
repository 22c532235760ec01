// A render run that Inngest cancelled (the finish timeout, cancelOn, the dashboard or the REST
// API) never reaches onFailure. If its row is still pending/processing, the job would stay "active"
// for ever: fail it with a message. A job the user cancelled is already "cancelled" and stays so.
import { RUN_CANCELLED_MESSAGE } from "@/lib/jobs/failure";
import { plainInngestSteps } from "@/lib/jobs/inngest-step-runner";
import { failRun } from "@/lib/jobs/pipeline";
import { INNGEST_APP_ID, inngest } from "@/lib/jobs/queue/inngest-client";
import { RENDER_PDF_ID } from "@/inngest/functions/render-pdf";

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
    return { updated: await failRun(jobId, RUN_CANCELLED_MESSAGE, plainInngestSteps(step)) };
  },
);
