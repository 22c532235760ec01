// Usage and quotas, and the operator (admin) routes.
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { updateUserPlanSchema, usageJsonSchema } from "@/lib/quotas/schema";
import { errors, idParam, json, jsonBody } from "./common";

const adminUsage = usageJsonSchema.extend({ user_id: z.string(), email: z.string().nullable() }).meta({ id: "UserUsage" });

export const quotaPaths: ZodOpenApiPathsObject = {
  "/api/usage": {
    get: { tags: ["Account"], summary: "Your plan, and per quota the limit, what is used and when it resets", responses: { "200": json(usageJsonSchema, "Usage"), ...errors() } },
  },
  "/api/admin/users/{id}": {
    get: {
      tags: ["Operators"],
      summary: "A user's plan, quotas and usage (admins only; 404 for everyone else)",
      requestParams: idParam("User id"),
      responses: { "200": json(adminUsage, "The user's usage"), ...errors(404) },
    },
    patch: {
      tags: ["Operators"],
      summary: "Change a user's plan or quota overrides (admins only)",
      requestParams: idParam("User id"),
      requestBody: jsonBody(updateUserPlanSchema),
      responses: { "200": json(adminUsage, "The user's usage after the change"), ...errors(400, 404) },
    },
  },
};
