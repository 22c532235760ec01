// /api/pdf/*: render jobs, the synchronous render and the editor preview.
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { paginationSchema } from "@/lib/api-input";
import { plannerPreviewSchema } from "@/lib/planner/preview";
import { THEMES } from "@/lib/planner/schema";
import { batchJsonSchema, createBatchSchema } from "@/lib/jobs/batch-schema";
import { createRenderJobSchema, jobJsonSchema, listJobsQuerySchema } from "@/lib/jobs/schema";
import { recordId } from "@/lib/api-input";
import { MAX_PAGE_IMAGE_WIDTH } from "@/lib/pages/keys";
import { pageLinksJsonSchema } from "@/lib/pages/schema";
import { pagePreviewJsonSchema, pagePreviewSchema } from "@/lib/preview/page-preview";
import { previewSchema } from "@/lib/preview/render-preview";
import { errors, idParam, json, jsonBody, listOf, noContent, pdfResponse } from "./common";

const idempotencyHeader = z.object({
  "idempotency-key": z
    .string()
    .optional()
    .meta({ description: "1–255 printable ASCII characters; the same key and body within 24 h return the first job" }),
});

const pageNumber = z.string().regex(/^\d+$/).meta({ description: "Page number, from 1" });
const pictureWidth = z
  .number()
  .int()
  .min(16)
  .max(MAX_PAGE_IMAGE_WIDTH)
  .optional()
  .meta({ description: "Pixels (default 240), rounded up to 120, 240, 480, 960 or 1600" });
const pngResponses = (description: string, ...more: Parameters<typeof errors>) => ({
  "200": { description, content: { "image/png": { schema: z.string().meta({ format: "binary" }) } } },
  "304": { description: "Not modified (If-None-Match)" },
  ...errors(400, 404, ...more, 503),
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
  "/api/pdf/jobs/{id}/pages/{n}": {
    get: {
      tags: ["PDF jobs"],
      summary: "A page of a finished job as a PNG (page browser thumbnails)",
      requestParams: {
        path: z.object({ id: recordId.meta({ description: "Job id" }), n: pageNumber }),
        query: z.object({ width: pictureWidth }),
      },
      responses: pngResponses("The picture; private, cacheable for a day (ETag)", 409),
    },
  },
  "/api/pdf/jobs/{id}/pages/{n}/links": {
    get: {
      tags: ["PDF jobs"],
      summary: "A page's links with the pages they open, and the outline",
      requestParams: { path: z.object({ id: recordId.meta({ description: "Job id" }), n: pageNumber }) },
      responses: { "200": json(pageLinksJsonSchema, "The page's links and the document outline"), ...errors(400, 404, 409) },
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
  "/api/preview/page": {
    post: {
      tags: ["PDF jobs"],
      summary: "Any one page of a template or project as a picture, with its widgets (editor canvas)",
      requestBody: jsonBody(pagePreviewSchema),
      responses: { "200": json(pagePreviewJsonSchema, "The page"), ...errors(400, 413, 422, 503) },
    },
  },
};

export const batchPaths: ZodOpenApiPathsObject = {
  "/api/pdf/batches": {
    post: {
      tags: ["Batches"],
      summary: "Render one template or project for several device profiles",
      requestBody: jsonBody(createBatchSchema),
      responses: { "201": json(batchJsonSchema, "The batch with one pending job per profile"), ...errors(400, 404, 413, 422) },
    },
    get: {
      tags: ["Batches"],
      summary: "List your batches, newest first",
      requestParams: { query: paginationSchema },
      responses: { "200": json(listOf("batches", batchJsonSchema, "BatchList"), "A page of batches"), ...errors(400) },
    },
  },
  "/api/pdf/batches/{id}": {
    get: {
      tags: ["Batches"],
      summary: "The batch: each device's job and the aggregate status",
      requestParams: idParam("Batch id"),
      responses: { "200": json(batchJsonSchema, "The batch"), ...errors(404) },
    },
    delete: {
      tags: ["Batches"],
      summary: "Cancel every unfinished job of the batch",
      requestParams: idParam("Batch id"),
      responses: { "204": noContent, ...errors(404, 409) },
    },
  },
  "/api/pdf/batches/{id}/download": {
    get: {
      tags: ["Batches"],
      summary: "A ZIP of the batch's PDFs, one <profile>.pdf per completed job (streamed)",
      requestParams: idParam("Batch id"),
      responses: {
        "200": { description: "The ZIP", content: { "application/zip": { schema: z.string().meta({ format: "binary" }) } } },
        ...errors(404, 409),
      },
    },
  },
};

const pageSize = z.object({ width: z.number(), height: z.number() });
const previewImage = (id: string, extra: Record<string, z.ZodType> = {}) =>
  z
    .object({
      page: z.number().int(),
      page_count: z.number().int(),
      page_size: pageSize,
      image: z.string().meta({ description: "PNG data URL" }),
      ...extra,
    })
    .meta({ id });

export const pagePaths: ZodOpenApiPathsObject = {
  "/api/gallery/{id}/pictures/{n}": {
    get: {
      tags: ["Projects"],
      summary: "A page of a gallery example as a PNG, drawn by the renderer and stored (gallery thumbnails and flip-through)",
      requestParams: {
        path: z.object({
          id: z.string().meta({ description: "Example id (`year-planner`, `cornell-notes`, …)" }),
          n: pageNumber.meta({ description: "Picture number, from 1, in the example's flip-through order" }),
        }),
        query: z.object({ width: pictureWidth }),
      },
      responses: pngResponses("The picture (dated examples follow the current year; `x-cache: hit` when it was stored); private, an hour"),
    },
  },
  "/api/planner/themes/{theme}/pictures/{n}": {
    get: {
      tags: ["Projects"],
      summary: "A builder theme's month (1), week (2) or day (3) page on a device, as a PNG drawn by the renderer and stored",
      requestParams: {
        path: z.object({ theme: z.enum(THEMES), n: pageNumber.meta({ description: "1 month, 2 week, 3 day" }) }),
        query: z.object({
          width: pictureWidth,
          device: z.string().optional().meta({ description: "Device profile id (default remarkable-2)" }),
        }),
      },
      responses: pngResponses("The picture, for a planner starting this January (next January from October); private, an hour"),
    },
  },
  "/api/planner/preview": {
    post: {
      tags: ["Projects"],
      summary: "One page of a planner from builder options, as a PNG (builder preview)",
      requestBody: jsonBody(plannerPreviewSchema),
      responses: { "200": json(previewImage("PlannerPreview"), "The page"), ...errors(400, 413, 422, 503) },
    },
  },
  "/api/planner/from-pdf": {
    post: {
      tags: ["Projects"],
      summary: "The builder options a planner PDF carries (e.g. last year's), to make a new planner from them",
      requestBody: { content: { "application/pdf": { schema: z.string().meta({ format: "binary" }) } } },
      responses: {
        "200": json(
          z.object({ planner: z.record(z.string(), z.unknown()) }).meta({ id: "PlannerFromPdf" }),
          "The options found in the PDF",
        ),
        ...errors(400, 413),
      },
    },
  },
};
