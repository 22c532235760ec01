// The bodies of endpoint deliveries, in the shape the Standard Webhooks spec recommends:
// `{ type, timestamp, data }`. They are written into the delivery row when the event happens, so
// every retry and resend sends the same bytes' meaning, whatever the job or batch becomes later.
import type { getJobForWebhook } from "@/lib/db/webhooks";
import type { BatchJson } from "@/lib/jobs/batch-schema";
import { buildJobEvent, type WebhookEvent } from "@/lib/webhooks/event";
import { TEST_EVENT_TYPE, type EndpointEventType } from "@/lib/webhooks/endpoint-schema";

type WebhookJob = NonNullable<Awaited<ReturnType<typeof getJobForWebhook>>>;

export type EndpointPayload =
  | {
      type: `job.${"completed" | "failed" | "cancelled"}`;
      timestamp: string;
      data: { job: WebhookEvent["job"] & { batch_id: string | null } };
    }
  | { type: "batch.completed"; timestamp: string; data: { batch: BatchJson } }
  | { type: typeof TEST_EVENT_TYPE; timestamp: string; data: { endpoint_id: string; message: string } };

export function jobPayload(
  type: Extract<EndpointEventType, `job.${string}`>,
  job: WebhookJob,
  appUrl: string | undefined,
): EndpointPayload {
  const { job: body } = buildJobEvent("", job, appUrl);
  return { type, timestamp: (job.completedAt ?? job.updatedAt).toISOString(), data: { job: { ...body, batch_id: job.batchId } } };
}

export function batchPayload(batch: BatchJson, at: Date): EndpointPayload {
  return { type: "batch.completed", timestamp: at.toISOString(), data: { batch } };
}

export function testPayload(endpointId: string, at: Date): EndpointPayload {
  return {
    type: TEST_EVENT_TYPE,
    timestamp: at.toISOString(),
    data: { endpoint_id: endpointId, message: "A test event from Inkset: your endpoint received and can verify it." },
  };
}
