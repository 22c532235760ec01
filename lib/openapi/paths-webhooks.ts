// Registered webhook endpoints: CRUD, secret, delivery log, test event and resend.
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { paginationSchema, recordId } from "@/lib/api-input";
import {
  createEndpointSchema,
  deliveryJsonSchema,
  endpointJsonSchema,
  endpointSecretSchema,
  endpointWithSecretSchema,
  updateEndpointSchema,
} from "@/lib/webhooks/endpoint-schema";
import { errors, idParam, json, jsonBody, noContent } from "./common";

const tags = ["Webhooks"];
const endpointId = idParam("Webhook endpoint id");
const deliveryList = z
  .object({ deliveries: z.array(deliveryJsonSchema), total: z.number().int(), limit: z.number().int(), offset: z.number().int() })
  .meta({ id: "WebhookDeliveryList" });

export const webhookPaths: ZodOpenApiPathsObject = {
  "/api/webhooks/endpoints": {
    get: {
      tags,
      summary: "Your webhook endpoints (secrets are not listed)",
      responses: { "200": json(z.object({ endpoints: z.array(endpointJsonSchema) }), "The endpoints"), ...errors() },
    },
    post: {
      tags,
      summary: "Register a URL for chosen events; the answer carries its signing secret",
      description:
        "Deliveries are signed by the Standard Webhooks scheme (`webhook-id`, `webhook-timestamp`, `webhook-signature: v1,<base64>`), " +
        "so any Standard Webhooks library verifies them with the secret. The URL passes the same checks as a job's webhook_url.",
      requestBody: jsonBody(createEndpointSchema),
      responses: { "201": json(endpointWithSecretSchema, "The endpoint and its secret"), ...errors(400, 409, 413) },
    },
  },
  "/api/webhooks/endpoints/{id}": {
    get: {
      tags,
      summary: "One webhook endpoint",
      requestParams: endpointId,
      responses: { "200": json(endpointJsonSchema, "The endpoint"), ...errors(404) },
    },
    patch: {
      tags,
      summary: "Change an endpoint's URL, events, description or enabled flag",
      requestParams: endpointId,
      requestBody: jsonBody(updateEndpointSchema),
      responses: { "200": json(endpointJsonSchema, "The endpoint"), ...errors(400, 404, 413) },
    },
    delete: {
      tags,
      summary: "Delete an endpoint and its delivery log",
      requestParams: endpointId,
      responses: { "204": noContent, ...errors(404) },
    },
  },
  "/api/webhooks/endpoints/{id}/secret": {
    get: {
      tags,
      summary: "Reveal the endpoint's signing secret",
      requestParams: endpointId,
      responses: { "200": json(endpointSecretSchema, "The secret"), ...errors(404) },
    },
  },
  "/api/webhooks/endpoints/{id}/secret/rotate": {
    post: {
      tags,
      summary: "Rotate the signing secret; every attempt from now on, retries included, uses the new one",
      requestParams: endpointId,
      responses: { "200": json(endpointSecretSchema, "The new secret"), ...errors(404) },
    },
  },
  "/api/webhooks/endpoints/{id}/test": {
    post: {
      tags,
      summary: "Send a webhook.test event now; answers with the delivery after its first attempt",
      requestParams: endpointId,
      responses: { "201": json(deliveryJsonSchema, "The delivery"), ...errors(404) },
    },
  },
  "/api/webhooks/endpoints/{id}/deliveries": {
    get: {
      tags,
      summary: "The endpoint's delivery log, newest first: status, response code, attempts, payload",
      requestParams: { ...endpointId, query: paginationSchema },
      responses: { "200": json(deliveryList, "Deliveries"), ...errors(400, 404) },
    },
  },
  "/api/webhooks/endpoints/{id}/deliveries/{deliveryId}/resend": {
    post: {
      tags,
      summary: "Send a delivery's event again (same webhook-id and body) as a new delivery",
      requestParams: {
        path: z.object({
          id: recordId.meta({ description: "Webhook endpoint id" }),
          deliveryId: recordId.meta({ description: "Delivery id" }),
        }),
      },
      responses: { "201": json(deliveryJsonSchema, "The new delivery after its first attempt"), ...errors(404) },
    },
  },
};
