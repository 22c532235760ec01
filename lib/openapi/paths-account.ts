// The caller, API tokens, webhook signing, health and this document.
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { apiTokenJsonSchema, createApiTokenSchema, createdApiTokenJsonSchema } from "@/lib/auth/api-token-schema";
import { errors, idParam, json, jsonBody, noContent, publicErrors } from "./common";

const meSchema = z
  .object({
    id: z.string(),
    name: z.string().nullable(),
    email: z.string().nullable(),
    role: z.enum(["user", "admin"]),
    plan: z.enum(["free", "pro"]),
  })
  .meta({ id: "Me" });

const webhookSecretSchema = z.object({ secret: z.string(), created_at: z.iso.datetime() }).meta({ id: "WebhookSecret" });

export const accountPaths: ZodOpenApiPathsObject = {
  "/api/me": {
    get: { tags: ["Account"], summary: "Who is calling", responses: { "200": json(meSchema, "The caller"), ...errors() } },
  },
  "/api/me/webhook-secret": {
    get: {
      tags: ["Webhooks"],
      summary: "Your webhook signing secret (created on first use)",
      responses: { "200": json(webhookSecretSchema, "The secret"), ...errors() },
    },
    post: {
      tags: ["Webhooks"],
      summary: "Rotate the webhook signing secret",
      responses: { "200": json(webhookSecretSchema, "The new secret"), ...errors() },
    },
  },
  "/api/tokens": {
    get: {
      tags: ["Account"],
      summary: "Your active API tokens (never the secrets)",
      responses: { "200": json(z.object({ tokens: z.array(apiTokenJsonSchema) }), "The tokens"), ...errors() },
    },
    post: {
      tags: ["Account"],
      summary: "Create an API token; the secret is in this response only",
      requestBody: jsonBody(createApiTokenSchema),
      responses: { "201": json(createdApiTokenJsonSchema, "The token with its secret"), ...errors(400, 413) },
    },
  },
  "/api/tokens/{id}": {
    delete: {
      tags: ["Account"],
      summary: "Revoke an API token",
      requestParams: idParam("Token id"),
      responses: { "204": noContent, ...errors(404) },
    },
  },
  "/api/health": {
    get: {
      tags: ["Service"],
      summary: "Liveness and database reachability",
      security: [],
      responses: {
        "200": json(z.object({ status: z.literal("ok"), database: z.object({ ok: z.boolean() }).loose() }), "Healthy"),
        "503": json(
          z.object({ status: z.literal("degraded"), database: z.object({ ok: z.boolean() }).loose() }),
          "The database is unreachable",
        ),
      },
    },
  },
  "/api/openapi.json": {
    get: {
      tags: ["Service"],
      summary: "This document (OpenAPI 3.1)",
      security: [],
      responses: { "200": { description: "The OpenAPI document", content: { "application/json": {} } }, ...publicErrors() },
    },
  },
};
