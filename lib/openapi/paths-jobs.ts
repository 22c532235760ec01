// /api/pdf/*: render jobs, the synchronous render and the editor preview.
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { createRenderJobSchema, jobJsonSchema, listJobsQuerySchema } from "@/lib/jobs/schema";
import { previewSchema } from "@/lib/preview/render-preview";
import { errors, idParam, json, jsonBody, listOf, noContent, pdfResponse } from "./common";

const idempotencyHeader = z.object({
  "idempotency-key": z
    .string()
    .optional()
    .meta({ description: "1–255 printable ASCII characters; the same key and body within 24 h return the first job" }),
});

export const jobPaths: ZodOpenApiPathsObject = {
  "/api/pdf/jobs": {
    post: {
      tags: ["PDF jobs"],
      summary: "Queue a render of YAML or a saved project",
      requestParams: { header: idempotencyHeader },
      requestBody: jsonBody(createRenderJobSchema),
      responses: { "201": json(jobJsonSchema, "The queued job (or the replayed one)"), ...errors(400, 404, 413, 422) },
    },
    get: {
      tags: ["PDF jobs"],
      summary: "List your jobs, newest first",
      requestParams: { query: listJobsQuerySchema },
      responses: { "200": json(listOf("jobs", jobJsonSchema, "JobList"), "A page of jobs"), ...errors(400) },
    },
  },
  "/api/pdf/jobs/events": {
    get: {
      tags: ["PDF jobs"],
      summary: "Live changes of your jobs (Server-Sent Events)",
      description:
        "A text/event-stream: every change of one of your jobs is an `event: job` whose data is the job's JSON plus `queue_position` " +
        "(place in the queue while waiting, else null). The stream closes after 5 minutes; EventSource reconnects by itself. " +
        "Poll GET /api/pdf/jobs/{id} when a client cannot keep a stream open.",
      responses: {
        "200": { description: "The event stream", content: { "text/event-stream": { schema: z.string() } } },
        ...errors(),
      },
    },
  },
  "/api/pdf/jobs/{id}": {
    get: {
      tags: ["PDF jobs"],
      summary: "One job: status, progress, diagnostics",
      requestParams: idParam("Job id"),
      responses: { "200": json(jobJsonSchema, "The job"), ...errors(404) },
    },
    delete: {
      tags: ["PDF jobs"],
      summary: "Cancel a job (kills its render)",
      requestParams: idParam("Job id"),
      responses: { "204": noContent, ...errors(404, 409) },
    },
  },
  "/api/pdf/jobs/{id}/download": {
    get: {
      tags: ["PDF jobs"],
      summary: "Download the finished PDF (or 302 to a signed URL)",
      requestParams: idParam("Job id"),
      responses: { "200": pdfResponse("The PDF"), "302": { description: "Redirect to a short-lived signed URL" }, ...errors(404, 409) },
    },
  },
  "/api/pdf/generate": {
    post: {
      tags: ["PDF jobs"],
      summary: "Render a small document now and answer with the PDF",
      requestBody: jsonBody(createRenderJobSchema),
      responses: { "200": pdfResponse("The PDF; X-Page-Count holds its pages"), ...errors(400, 404, 413, 422, 503) },
    },
  },
  "/api/preview": {
    post: {
      tags: ["PDF jobs"],
      summary: "The first pages of a template as a PDF (editor preview)",
      requestBody: jsonBody(previewSchema),
      responses: { "200": pdfResponse("The preview PDF"), ...errors(400, 413, 422, 503) },
    },
  },
};
