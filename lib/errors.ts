// One error type for the whole app and one place that turns any error into an HTTP answer.
import { randomUUID } from "node:crypto";
import { ZodError, type core } from "zod";
import { logger } from "@/lib/log";
import { readableIssue } from "@/lib/readable-issue";

const STATUS = {
  BAD_INPUT: 400,
  UNAUTHENTICATED: 401,
  // A cookie-authenticated request from another site (lib/security/csrf.ts).
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  // A method the route does not export (lib/api-methods, answered by the proxy).
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  TEMPLATE_INVALID: 422,
  PAGE_LIMIT: 422,
  // Timeout, memory cap or output size: the document is valid but too heavy for this server.
  RENDER_LIMIT: 422,
  // An uploaded asset that is not a complete PNG or JPEG within the pixel limit.
  IMAGE_INVALID: 422,
  // An Idempotency-Key sent again with a different request body (lib/jobs/idempotency.ts).
  IDEMPOTENCY_KEY_REUSED: 422,
  QUOTA_EXCEEDED: 429,
  // Too many requests in the rate-limit window (lib/rate-limit); Retry-After says when to come back.
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof STATUS;

export class AppError extends Error {
  /** Extra response headers, e.g. Retry-After on a 429. */
  headers: Record<string, string> = {};

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    readonly retryable = false,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const notFound = (what = "Resource") => new AppError("NOT_FOUND", `${what} not found`);

export type ErrorBody = { error: { code: ErrorCode; message: string; details?: unknown } };

/** `[0].position.width` style path, matching the template diagnostics. */
export function issuePath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) out += typeof key === "number" ? `[${key}]` : out ? `.${String(key)}` : String(key);
  return out || "(body)";
}

export function describeZodIssues(issues: readonly core.$ZodIssue[]): string {
  return issues.map((i) => `${issuePath(i.path)}: ${readableIssue(i)}`).join("; ");
}

export function toErrorBody(err: unknown): { status: number; body: ErrorBody; headers?: Record<string, string> } {
  if (err instanceof AppError) {
    const body: ErrorBody = { error: { code: err.code, message: err.message } };
    if (err.details !== undefined) body.error.details = err.details;
    return { status: STATUS[err.code], body, headers: err.headers };
  }
  if (err instanceof ZodError) {
    return {
      status: 400,
      body: {
        error: {
          code: "BAD_INPUT",
          message: describeZodIssues(err.issues),
          details: err.issues.map((i) => ({ path: issuePath(i.path), message: readableIssue(i) })),
        },
      },
    };
  }
  const ref = randomUUID().slice(0, 8);
  logger.error({ ref, err }, "unhandled error");
  return { status: 500, body: { error: { code: "INTERNAL", message: `Something went wrong (ref ${ref})` } } };
}
