// Building blocks of the OpenAPI document: error answers, JSON bodies and path parameters, so each
// operation below reads as one line per fact.
import { z } from "zod";
import type { ZodOpenApiResponsesObject } from "zod-openapi";
import { recordId } from "@/lib/api-input";

export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.string().meta({ examples: ["BAD_INPUT", "NOT_FOUND", "QUOTA_EXCEEDED"] }),
      message: z.string().meta({ description: "Written for people: what went wrong and what to do next." }),
      details: z.unknown().optional(),
    }),
  })
  .meta({ id: "Error" });

const ERROR_TEXT = {
  400: "Bad input; the message names the field",
  401: "No valid session or API token",
  404: "Not found (also for other users' resources)",
  409: "Conflict with the resource's state",
  410: "Gone: it existed but has expired or was revoked",
  413: "Request body too large",
  422: "Valid JSON, but the template or request cannot be processed",
  429: "Rate limit or quota exceeded; see Retry-After",
  503: "Temporarily unavailable; retry",
} as const;
type ErrorStatus = keyof typeof ERROR_TEXT;

const errorResponse = (status: ErrorStatus) => ({
  description: ERROR_TEXT[status],
  content: { "application/json": { schema: errorBodySchema } },
});

/** The errors every signed-in route can answer (401, 429), plus the ones listed. */
export const errors = (...statuses: ErrorStatus[]) => errorResponses([401, 429, ...statuses]);

/** Errors of routes anyone may call (no 401). */
export const publicErrors = (...statuses: ErrorStatus[]) => errorResponses([429, ...statuses]);

function errorResponses(statuses: ErrorStatus[]): ZodOpenApiResponsesObject {
  const out: Record<string, ReturnType<typeof errorResponse>> = {};
  for (const s of new Set(statuses)) out[String(s)] = errorResponse(s);
  return out;
}

export const json = (schema: z.ZodType, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

export const jsonBody = (schema: z.ZodType) => ({ required: true, content: { "application/json": { schema } } });

export const pdfResponse = (description: string) => ({
  description,
  content: { "application/pdf": { schema: z.string().meta({ format: "binary" }) } },
});

export const noContent = { description: "Done; no body" };

export const idParam = (description: string) => ({ path: z.object({ id: recordId.meta({ description }) }) });

export const listOf = (key: string, item: z.ZodType, id: string) =>
  z.object({ [key]: z.array(item), total: z.number().int(), limit: z.number().int(), offset: z.number().int() }).meta({ id });
