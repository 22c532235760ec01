import "server-only";
import { unstable_rethrow } from "next/navigation";
import { ZodError, type z } from "zod";
import { AppError, issuePath, toErrorBody } from "@/lib/errors";
import { currentUser } from "@/lib/auth/current-user";
import { forReaders } from "@/lib/auth/for-readers";
import { readableIssue } from "@/lib/readable-issue";
import { consumeRateLimit } from "@/lib/rate-limit/limiter";
import type { Caller } from "@/lib/db/users";

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: string; fieldErrors?: Record<string, string> };

/**
 * Server actions can be POSTed by anyone, so each one re-checks the user, parses its input with
 * the same schema the API uses, and returns errors as data (never a thrown stack to the client).
 */
export function authAction<S extends z.ZodType, T>(
  schema: S,
  fn: (input: z.infer<S>, ctx: { user: Caller }) => Promise<T>,
  options: { adminOnly?: boolean } = {},
) {
  return async (input: z.input<S>): Promise<ActionResult<T>> => {
    try {
      const user = await currentUser();
      if (!user) throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again.");
      // Checked before the input is parsed, so a non-admin learns nothing about the action.
      if (options.adminOnly && user.role !== "admin") throw new AppError("NOT_FOUND", "Not found");
      const limit = await consumeRateLimit("write", `user:${user.id}`);
      if (!limit.allowed) throw new AppError("RATE_LIMITED", `Too many requests; try again in ${limit.resetSeconds} s.`);
      return { ok: true, data: await fn(schema.parse(input), { user }) };
    } catch (err) {
      unstable_rethrow(err);
      if (err instanceof ZodError) {
        const fieldErrors: Record<string, string> = {};
        for (const issue of err.issues) fieldErrors[issuePath(issue.path)] ??= forReaders(readableIssue(issue));
        return { ok: false, error: "Please fix the highlighted fields.", fieldErrors };
      }
      return { ok: false, error: forReaders(toErrorBody(err).body.error.message) };
    }
  };
}

/** An operator's action: as authAction, and "not found" for anyone who is not an admin. */
export function adminAction<S extends z.ZodType, T>(schema: S, fn: (input: z.infer<S>, ctx: { user: Caller }) => Promise<T>) {
  return authAction(schema, fn, { adminOnly: true });
}
