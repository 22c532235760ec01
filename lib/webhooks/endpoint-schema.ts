// Webhook endpoint API shapes: what a user registers (URL, events, description) and what the API
// answers for an endpoint and its deliveries. Shared by the REST routes, the server actions and the
// OpenAPI document.
import { z } from "zod";

/** Events an endpoint can subscribe to. `webhook.test` is sent by "Send test event" whatever the subscription. */
export const ENDPOINT_EVENT_TYPES = ["job.completed", "job.failed", "job.cancelled", "batch.completed"] as const;
export type EndpointEventType = (typeof ENDPOINT_EVENT_TYPES)[number];
export const TEST_EVENT_TYPE = "webhook.test";

/** How many endpoints one user may register: enough for any integration, bounded for the fan-out. */
export const MAX_ENDPOINTS_PER_USER = 20;

const eventList = z
  .array(z.enum(ENDPOINT_EVENT_TYPES, { error: `must be one of ${ENDPOINT_EVENT_TYPES.join(", ")}` }))
  .min(1, "choose at least one event")
  .transform((events) => [...new Set(events)]);

const url = z.url({ protocol: /^https?$/, error: "must be an https URL" }).max(2048, "must be at most 2048 characters");

const description = z.string().trim().max(200, "must be at most 200 characters");

export const createEndpointSchema = z.strictObject({
  url,
  events: eventList.default([...ENDPOINT_EVENT_TYPES]),
  description: description.default(""),
  enabled: z.boolean().default(true),
});
export type CreateEndpointInput = z.infer<typeof createEndpointSchema>;

export const updateEndpointSchema = z
  .strictObject({ url: url.optional(), events: eventList.optional(), description: description.optional(), enabled: z.boolean().optional() })
  .refine((v) => Object.keys(v).length > 0, { message: "change at least one of url, events, description, enabled" });
export type UpdateEndpointInput = z.infer<typeof updateEndpointSchema>;

const isoDateTime = z.iso.datetime();
const DELIVERY_STATUSES = ["pending", "delivered", "failed"] as const;

export const endpointJsonSchema = z
  .object({
    id: z.string(),
    url: z.string(),
    description: z.string(),
    events: z.array(z.enum(ENDPOINT_EVENT_TYPES)),
    enabled: z.boolean(),
    created_at: isoDateTime,
    updated_at: isoDateTime,
  })
  .meta({ id: "WebhookEndpoint" });
export type EndpointJson = z.infer<typeof endpointJsonSchema>;

export const endpointWithSecretSchema = endpointJsonSchema
  .extend({ secret: z.string().meta({ description: "The signing secret (whsec_<base64>); keep it private." }) })
  .meta({ id: "WebhookEndpointWithSecret" });

export const endpointSecretSchema = z.object({ secret: z.string() }).meta({ id: "WebhookEndpointSecret" });

export const deliveryJsonSchema = z
  .object({
    id: z.string(),
    event_id: z.string().meta({ description: "The message id (webhook-id header); a resend keeps it, so receivers can drop repeats." }),
    event_type: z.string(),
    status: z.enum(DELIVERY_STATUSES),
    attempts: z.number().int(),
    response_status: z.number().int().nullable().meta({ description: "HTTP status of the last attempt (null: no answer)" }),
    error: z.string().nullable(),
    url: z.string(),
    payload: z.unknown().meta({ description: "The JSON body sent" }),
    created_at: isoDateTime,
    last_attempt_at: isoDateTime.nullable(),
    next_attempt_at: isoDateTime.nullable().meta({ description: "When the next attempt is due; null unless pending" }),
    delivered_at: isoDateTime.nullable(),
  })
  .meta({ id: "WebhookDelivery" });
export type DeliveryJson = z.infer<typeof deliveryJsonSchema>;
