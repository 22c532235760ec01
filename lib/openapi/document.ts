// The OpenAPI 3.1 description of the public API, built from the zod schemas the routes parse with
// and the output schemas their serializers are typed by. openapi.test.ts checks it against app/api.
import { createDocument } from "zod-openapi";
import { accountPaths } from "./paths-account";
import { adminPaths } from "./paths-admin";
import { batchPaths, jobPaths, pagePaths } from "./paths-jobs";
import { quotaPaths } from "./paths-quotas";
import { resourcePaths } from "./paths-resources";
import { sharePaths } from "./paths-share";
import { webhookPaths } from "./paths-webhooks";

/** Routes under app/api that are not part of the public API, with the reason. */
export const UNDOCUMENTED_ROUTES: Record<string, string> = {
  "/api/auth/{nextauth}": "Auth.js sign-in flow (browser only)",
  "/api/inngest": "Inngest's own protocol, verified by its signing key",
  "/api/{path}": "any path no route answers: a JSON 404 instead of the HTML page",
};

let cached: ReturnType<typeof createDocument> | undefined;

export function openApiDocument() {
  cached ??= createDocument({
    openapi: "3.1.0",
    info: {
      title: "Inkset API",
      version: "1.0.0",
      description:
        "Render YAML templates into hyperlinked PDF planners for e-ink tablets. Authenticate with a personal API token " +
        "(`Authorization: Bearer ink_…`, Settings → API tokens) or the session cookie. Errors share one shape: " +
        "`{ error: { code, message, details? } }`.",
    },
    servers: [{ url: "/", description: "This server" }],
    security: [{ bearer: [] }, { session: [] }],
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "A personal API token (ink_…)" },
        session: { type: "apiKey", in: "cookie", name: "authjs.session-token", description: "The web app's session" },
      },
    },
    paths: {
      ...jobPaths,
      ...batchPaths,
      ...pagePaths,
      ...resourcePaths,
      ...accountPaths,
      ...quotaPaths,
      ...adminPaths,
      ...webhookPaths,
      ...sharePaths,
    },
  });
  return cached;
}
