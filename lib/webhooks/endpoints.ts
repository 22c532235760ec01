// Registered webhook endpoints: create (URL checked by the webhook policy, a fresh Standard Webhooks
// secret), change, reveal and rotate the secret, delete; the delivery log; "send test event" and
// "resend". Every function takes the owner: another user's endpoint is a 404. Shared by the REST
// routes and the settings page's server actions.
import * as store from "@/lib/db/webhook-endpoints";
import { AppError, notFound } from "@/lib/errors";
import { deliverDueWebhooks } from "@/lib/webhooks/dispatch";
import { testPayload } from "@/lib/webhooks/endpoint-events";
import {
  ENDPOINT_EVENT_TYPES,
  MAX_ENDPOINTS_PER_USER,
  TEST_EVENT_TYPE,
  type CreateEndpointInput,
  type DeliveryJson,
  type EndpointJson,
  type UpdateEndpointInput,
} from "@/lib/webhooks/endpoint-schema";
import { rotated } from "@/lib/webhooks/rotation";
import { newEndpointSecret } from "@/lib/webhooks/standard-signature";
import { webhookPolicyFromEnv, webhookUrlProblem } from "@/lib/webhooks/url";

function checkedUrl(url: string): string {
  const problem = webhookUrlProblem(url, webhookPolicyFromEnv());
  if (problem) throw new AppError("BAD_INPUT", `url: ${problem}`);
  return url;
}

export function serializeEndpoint(e: store.EndpointRow): EndpointJson {
  const known = new Set<string>(ENDPOINT_EVENT_TYPES);
  const events = Array.isArray(e.events)
    ? e.events.filter((v): v is EndpointJson["events"][number] => typeof v === "string" && known.has(v))
    : [];
  return {
    id: e.id,
    url: e.url,
    description: e.description,
    events,
    enabled: e.enabled,
    created_at: e.createdAt.toISOString(),
    updated_at: e.updatedAt.toISOString(),
  };
}

export function serializeDelivery(d: store.DeliveryRow): DeliveryJson {
  return {
    id: d.id,
    event_id: d.eventId ?? d.id,
    event_type: d.eventType ?? "",
    status: d.status,
    attempts: d.attempts,
    response_status: d.lastStatusCode,
    error: d.lastError,
    url: d.url,
    payload: d.payload,
    created_at: d.createdAt.toISOString(),
    last_attempt_at: d.lastAttemptAt?.toISOString() ?? null,
    next_attempt_at: d.status === "pending" ? d.nextAttemptAt.toISOString() : null,
    delivered_at: d.deliveredAt?.toISOString() ?? null,
  };
}

export async function listEndpoints(userId: string): Promise<EndpointJson[]> {
  return (await store.listEndpoints(userId)).map(serializeEndpoint);
}

export async function getEndpoint(userId: string, id: string): Promise<EndpointJson> {
  const e = await store.findEndpoint(userId, id);
  if (!e) throw notFound("Webhook endpoint");
  return serializeEndpoint(e);
}

/** The new endpoint with its secret (the one answer that carries it unasked). */
export async function createEndpoint(userId: string, input: CreateEndpointInput): Promise<EndpointJson & { secret: string }> {
  const url = checkedUrl(input.url);
  if ((await store.countEndpoints(userId)) >= MAX_ENDPOINTS_PER_USER) {
    throw new AppError("CONFLICT", `You already have ${MAX_ENDPOINTS_PER_USER} webhook endpoints; delete one first`);
  }
  const secret = newEndpointSecret();
  const e = await store.insertEndpoint(userId, {
    url,
    description: input.description,
    events: input.events,
    enabled: input.enabled,
    secret,
  });
  return { ...serializeEndpoint(e), secret };
}

export async function updateEndpoint(userId: string, id: string, input: UpdateEndpointInput): Promise<EndpointJson> {
  const data = { ...input, ...(input.url !== undefined ? { url: checkedUrl(input.url) } : {}) };
  const e = await store.updateEndpoint(userId, id, data);
  if (!e) throw notFound("Webhook endpoint");
  return serializeEndpoint(e);
}

export async function deleteEndpoint(userId: string, id: string): Promise<void> {
  if (!(await store.deleteEndpoint(userId, id))) throw notFound("Webhook endpoint");
}

export async function revealEndpointSecret(userId: string, id: string): Promise<{ secret: string }> {
  const secret = await store.findEndpointSecret(userId, id);
  if (secret === null) throw notFound("Webhook endpoint");
  return { secret };
}

/** A new secret; every attempt from now on (pending retries included) is signed with it, and with the old one for 24 h. */
export async function rotateEndpointSecret(userId: string, id: string): Promise<{ secret: string }> {
  const secret = newEndpointSecret();
  if (!(await store.replaceEndpointSecret(userId, id, (current) => rotated(current, secret)))) throw notFound("Webhook endpoint");
  return { secret };
}

export async function listDeliveries(userId: string, endpointId: string, page: { limit: number; offset: number }) {
  if (!(await store.findEndpoint(userId, endpointId))) throw notFound("Webhook endpoint");
  const { deliveries, total } = await store.listDeliveries(userId, endpointId, page);
  return { deliveries: deliveries.map(serializeDelivery), total, ...page };
}

/** Sends a `webhook.test` event now (whatever the endpoint subscribes to) and answers with its first attempt. */
export async function sendTestEvent(userId: string, endpointId: string): Promise<DeliveryJson> {
  const e = await store.findEndpoint(userId, endpointId);
  if (!e) throw notFound("Webhook endpoint");
  const row = await store.insertEndpointDelivery({
    endpointId,
    url: e.url,
    eventType: TEST_EVENT_TYPE,
    payload: testPayload(endpointId, new Date()),
  });
  return attemptNow(userId, endpointId, row.id);
}

/**
 * Sends a delivery's event again as a new delivery with the same message id (webhook-id) and body,
 * to the endpoint's current URL; the original stays in the log as it was.
 */
export async function resendDelivery(userId: string, endpointId: string, deliveryId: string): Promise<DeliveryJson> {
  const [e, original] = await Promise.all([store.findEndpoint(userId, endpointId), store.findDelivery(userId, endpointId, deliveryId)]);
  if (!e || !original) throw notFound("Webhook delivery");
  const row = await store.insertEndpointDelivery({
    endpointId,
    url: e.url,
    eventType: original.eventType ?? TEST_EVENT_TYPE,
    eventId: original.eventId ?? undefined,
    payload: original.payload ?? {},
    jobId: original.jobId,
    batchId: original.batchId,
  });
  return attemptNow(userId, endpointId, row.id);
}

// The first attempt happens in the request (bounded by the dispatcher's 10 s timeout), so the
// caller sees its outcome; a failure is retried by the dispatcher like any delivery.
async function attemptNow(userId: string, endpointId: string, deliveryId: string): Promise<DeliveryJson> {
  await deliverDueWebhooks({ deliveryId });
  const row = await store.findDelivery(userId, endpointId, deliveryId);
  if (!row) throw notFound("Webhook delivery");
  return serializeDelivery(row);
}
