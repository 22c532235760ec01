// On serverless hosts nothing runs between requests, so leftovers in the outbox (the relay right
// after a commit failed or the instance froze) are sent by this cron. Repeats are harmless: event
// ids deduplicate in Inngest. The same cron sends due completion webhooks (a second outbox).
import { relayOutbox } from "@/lib/jobs/queue/relay";
import { deliverDueWebhooks } from "@/lib/webhooks/dispatch";
import { deliverDueMail } from "@/lib/mail/dispatch";
import { inngest } from "@/lib/jobs/queue/inngest-client";
import { sendToInngest } from "@/lib/jobs/queue/inngest";

// Every 5 minutes: ~8,600 runs a month, well inside the free plan's 50k executions.
export const OUTBOX_RELAY_CRON = "*/5 * * * *";

export const relayOutboxEvents = inngest.createFunction(
  {
    id: "relay-outbox",
    name: "Send outbox events left unsent",
    triggers: [{ cron: OUTBOX_RELAY_CRON }],
    concurrency: { limit: 1 },
    retries: 1,
  },
  async ({ step }) => {
    const events = await step.run("relay-outbox", () => relayOutbox(sendToInngest));
    // The webhook outbox too: retries after backoff, jobs cancelled through the API, and first
    // attempts a crashed run never made.
    const webhooks = await step.run("deliver-webhooks", () => deliverDueWebhooks());
    // And the e-mail outbox (job-finished mail).
    const mail = await step.run("deliver-mail", () => deliverDueMail());
    return { events, webhooks, mail };
  },
);
