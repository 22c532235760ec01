// The operator (admin) routes. Each answers 404 to everyone who is not an admin, signed out included,
// and is marked `x-admin-only` so generated clients and the reference page can set them apart.
import { z } from "zod";
import type { ZodOpenApiOperationObject, ZodOpenApiPathsObject } from "zod-openapi";
import { adminJobListSchema, adminStatsSchema, adminUserListSchema, statsQuerySchema, usersQuerySchema } from "@/lib/admin/schema";
import { updateUserPlanSchema, usageJsonSchema } from "@/lib/quotas/schema";
import { errors, idParam, json, jsonBody, noContent } from "./common";

const adminUsage = usageJsonSchema.extend({ user_id: z.string(), email: z.string().nullable() }).meta({ id: "UserUsage" });

const NOT_ADMIN = " Admins only: 404 for everyone else, signed out included.";

/** An operation every non-admin sees as missing: 404 instead of 401. */
const adminOnly = (op: ZodOpenApiOperationObject & { description?: string }): ZodOpenApiOperationObject => ({
  ...op,
  tags: ["Operators"],
  description: `${op.description ?? op.summary ?? ""}.${NOT_ADMIN}`,
  "x-admin-only": true,
});

export const adminPaths: ZodOpenApiPathsObject = {
  "/api/admin/stats": {
    get: adminOnly({
      summary: "Queue depth now; per UTC day the finished renders, p50/p95 render time and failure rate; top failure causes",
      requestParams: { query: statsQuerySchema },
      responses: { "200": json(adminStatsSchema, "Dashboard figures over the window"), ...errors(400, 404) },
    }),
  },
  "/api/admin/users": {
    get: adminOnly({
      summary: "Users (search by e-mail), newest first, each with plan, quotas and usage",
      requestParams: { query: usersQuerySchema },
      responses: { "200": json(adminUserListSchema, "A page of users"), ...errors(400, 404) },
    }),
  },
  "/api/admin/users/{id}": {
    get: adminOnly({
      summary: "A user's plan, quotas and usage",
      requestParams: idParam("User id"),
      responses: { "200": json(adminUsage, "The user's usage"), ...errors(404) },
    }),
    patch: adminOnly({
      summary: "Change a user's plan or quota overrides (null returns a limit to the plan's value)",
      requestParams: idParam("User id"),
      requestBody: jsonBody(updateUserPlanSchema),
      responses: { "200": json(adminUsage, "The user's usage after the change"), ...errors(400, 404) },
    }),
  },
  "/api/admin/jobs": {
    get: adminOnly({
      summary: "Every user's queued and running jobs, running first (at most 200; total counts all)",
      responses: { "200": json(adminJobListSchema, "Active jobs"), ...errors(404) },
    }),
  },
  "/api/admin/jobs/{id}": {
    delete: adminOnly({
      summary: "Cancel any user's job; the render process is stopped",
      requestParams: idParam("Job id"),
      responses: { "204": noContent, ...errors(404, 409) },
    }),
  },
};
