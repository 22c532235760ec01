// Usage and quotas (what operators may change is in ./paths-admin.ts).
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { usageJsonSchema } from "@/lib/quotas/schema";
import { errors, json } from "./common";

export const quotaPaths: ZodOpenApiPathsObject = {
  "/api/usage": {
    get: {
      tags: ["Account"],
      summary: "Your plan, and per quota the limit, what is used and when it resets",
      responses: { "200": json(usageJsonSchema, "Usage"), ...errors() },
    },
  },
};
