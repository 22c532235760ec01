// What one delivery sends: URL, body and headers, by the kind of delivery (see the WebhookDelivery
// model). Endpoint deliveries are signed by the Standard Webhooks scheme with the endpoint's secret;
// a job's or batch's own webhook_url keeps the Inkset-Signature scheme with the user's secret. After a
// rotation, the replaced secret signs too for a grace period (rotation.ts).
import { getJobForWebhook, getStoredMessage, type DueDelivery } from "@/lib/db/webhooks";
import { getEndpointForDelivery } from "@/lib/db/webhook-endpoints";
import { env } from "@/lib/env";
import { buildJobEvent } from "@/lib/webhooks/event";
import { signingSecrets } from "@/lib/webhooks/rotation";
import { getOrCreateWebhookSecret } from "@/lib/webhooks/secret";
import { SIGNATURE_HEADER, signWebhook } from "@/lib/webhooks/signature";
import { standardWebhookHeaders } from "@/lib/webhooks/standard-signature";

export type OutgoingMessage = { url: string; body: string; headers: Record<string, string> };

const BASE_HEADERS = { "content-type": "application/json", "user-agent": "Inkset-Webhooks/1" } as const;

/** Null when the subject is gone (deleted meanwhile): nothing to send. */
export async function buildMessage(d: DueDelivery): Promise<OutgoingMessage | null> {
  if (d.endpointId) {
    const [endpoint, stored] = await Promise.all([getEndpointForDelivery(d.endpointId), getStoredMessage(d.id)]);
    if (!endpoint || !stored?.eventId) return null;
    const body = JSON.stringify(stored.payload);
    // The endpoint's current URL: fixing a typo in it lets pending retries arrive.
    return {
      url: endpoint.url,
      body,
      headers: { ...BASE_HEADERS, ...standardWebhookHeaders(signingSecrets(endpoint), stored.eventId, body) },
    };
  }
  const secrets = signingSecrets(await getOrCreateWebhookSecret(d.ownerId));
  if (d.jobId) {
    const job = await getJobForWebhook(d.jobId);
    if (!job) return null;
    const event = buildJobEvent(d.id, job, env.APP_URL);
    return legacyMessage(d.url, JSON.stringify(event), event.id, event.type, secrets);
  }
  const stored = await getStoredMessage(d.id);
  if (!stored?.eventId || !stored.eventType) return null;
  return legacyMessage(d.url, JSON.stringify(stored.payload), stored.eventId, stored.eventType, secrets);
}

function legacyMessage(url: string, body: string, id: string, type: string, secrets: string[]): OutgoingMessage {
  return {
    url,
    body,
    headers: { ...BASE_HEADERS, "inkset-event-id": id, "inkset-event-type": type, [SIGNATURE_HEADER]: signWebhook(secrets, body) },
  };
}
