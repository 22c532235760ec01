// Share links: made by a job's owner, downloaded by anyone holding the URL (no sign-in).
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { recordId } from "@/lib/api-input";
import { createShareLinkSchema, shareLinkJsonSchema, shareLinkListSchema } from "@/lib/share-links/schema";
import { errors, idParam, json, jsonBody, noContent, pdfResponse, publicErrors } from "./common";

const tags = ["Share links"];

export const sharePaths: ZodOpenApiPathsObject = {
  "/api/pdf/jobs/{id}/share-links": {
    get: {
      tags,
      summary: "The job's share links that still work (newest first)",
      requestParams: idParam("Job id"),
      responses: { "200": json(shareLinkListSchema, "The active links"), ...errors(404) },
    },
    post: {
      tags,
      summary: "Make a signed download link that works without signing in, for 1 hour to 7 days",
      requestParams: idParam("Job id"),
      requestBody: jsonBody(createShareLinkSchema),
      responses: { "201": json(shareLinkJsonSchema, "The link"), ...errors(400, 404, 409) },
    },
  },
  "/api/pdf/jobs/{id}/share-links/{linkId}": {
    delete: {
      tags,
      summary: "Revoke a share link; it answers 410 from now on",
      requestParams: {
        path: z.object({ id: recordId.meta({ description: "Job id" }), linkId: recordId.meta({ description: "Share link id" }) }),
      },
      responses: { "204": noContent, ...errors(404) },
    },
  },
  "/s/{token}": {
    get: {
      tags,
      summary: "Download a shared PDF (no sign-in; limited per client address)",
      description:
        "The `url` of a share link. A token whose signature, id or expiry was altered is 404; an expired or revoked link, " +
        "or one whose PDF is gone, is 410. Browsers (`Accept: text/html`) get a short page instead of the JSON error.",
      security: [],
      requestParams: { path: z.object({ token: z.string().meta({ description: "`<link id>.<expiry>.<signature>`" }) }) },
      responses: {
        "200": pdfResponse("The PDF"),
        "302": { description: "Redirect to a short-lived signed URL (DOWNLOAD_MODE=redirect)" },
        ...publicErrors(404, 410),
      },
    },
  },
};
