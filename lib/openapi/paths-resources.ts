// Projects, assets, device profiles: the resources a render reads.
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { paginationSchema } from "@/lib/api-input";
import { assetJsonSchema } from "@/lib/assets/schema";
import { createProjectSchema, projectJsonSchema, projectVersionJsonSchema, updateProjectSchema } from "@/lib/projects/schema";
import { profileJsonSchema } from "@/lib/templates/profiles/schema";
import { errors, idParam, json, jsonBody, listOf, noContent, publicErrors } from "./common";

const uploadSchema = z.object({
  file: z.string().meta({ format: "binary", description: "PNG or JPEG" }),
  name: z.string().optional().meta({ description: "Name templates use after asset:; derived from the file name when absent" }),
});

export const resourcePaths: ZodOpenApiPathsObject = {
  "/api/projects": {
    get: {
      tags: ["Projects"],
      summary: "List your projects, most recently updated first",
      requestParams: { query: paginationSchema },
      responses: { "200": json(listOf("projects", projectJsonSchema, "ProjectList"), "A page of projects"), ...errors(400) },
    },
    post: {
      tags: ["Projects"],
      summary: "Create a project",
      requestBody: jsonBody(createProjectSchema),
      responses: { "201": json(projectJsonSchema, "The project"), ...errors(400, 413) },
    },
  },
  "/api/projects/{id}": {
    get: {
      tags: ["Projects"],
      summary: "One project with its template",
      requestParams: idParam("Project id"),
      responses: { "200": json(projectJsonSchema, "The project"), ...errors(404) },
    },
    patch: {
      tags: ["Projects"],
      summary: "Rename or edit a project",
      requestParams: idParam("Project id"),
      requestBody: jsonBody(updateProjectSchema),
      responses: { "200": json(projectJsonSchema, "The updated project"), ...errors(400, 404, 413) },
    },
    delete: {
      tags: ["Projects"],
      summary: "Delete a project",
      requestParams: idParam("Project id"),
      responses: { "204": noContent, ...errors(404) },
    },
  },
  "/api/projects/{id}/versions": {
    get: {
      tags: ["Projects"],
      summary: "A project's saved versions, newest first (every save that changed the YAML or device)",
      requestParams: { ...idParam("Project id"), query: paginationSchema },
      responses: {
        "200": json(listOf("versions", projectVersionJsonSchema, "ProjectVersionList"), "A page of versions"),
        ...errors(400, 404),
      },
    },
  },
  "/api/projects/{id}/versions/{number}": {
    get: {
      tags: ["Projects"],
      summary: "One saved version with its YAML",
      requestParams: {
        path: z.object({ id: z.string().meta({ description: "Project id" }), number: z.string().meta({ description: "Version number" }) }),
      },
      responses: { "200": json(projectVersionJsonSchema, "The version"), ...errors(404) },
    },
  },
  "/api/projects/{id}/next-year": {
    post: {
      tags: ["Projects"],
      summary: "A new builder project with the same options for the following period",
      requestParams: idParam("Project id"),
      responses: { "201": json(projectJsonSchema, "The new project"), ...errors(404, 409) },
    },
  },
  "/api/assets": {
    get: {
      tags: ["Assets"],
      summary: "List your uploaded images, newest first",
      requestParams: { query: paginationSchema },
      responses: { "200": json(listOf("assets", assetJsonSchema, "AssetList"), "A page of assets"), ...errors(400) },
    },
    post: {
      tags: ["Assets"],
      summary: "Upload a PNG or JPEG",
      requestBody: { required: true, content: { "multipart/form-data": { schema: uploadSchema } } },
      responses: { "201": json(assetJsonSchema, "The asset"), ...errors(400, 413, 422) },
    },
  },
  "/api/assets/{id}": {
    get: {
      tags: ["Assets"],
      summary: "One asset",
      requestParams: idParam("Asset id"),
      responses: { "200": json(assetJsonSchema, "The asset"), ...errors(404) },
    },
    delete: {
      tags: ["Assets"],
      summary: "Delete an asset and its bytes",
      requestParams: idParam("Asset id"),
      responses: { "204": noContent, ...errors(404) },
    },
  },
  "/api/assets/{id}/content": {
    get: {
      tags: ["Assets"],
      summary: "The image bytes",
      requestParams: idParam("Asset id"),
      responses: { "200": { description: "The image", content: { "image/png": {}, "image/jpeg": {} } }, ...errors(404) },
    },
  },
  "/api/profiles": {
    get: {
      tags: ["Device profiles"],
      summary: "Every built-in device profile",
      security: [],
      responses: { "200": json(z.object({ profiles: z.array(profileJsonSchema) }), "The profiles"), ...publicErrors() },
    },
  },
  "/api/profiles/{name}": {
    get: {
      tags: ["Device profiles"],
      summary: "One device profile by id, display name or alias",
      security: [],
      requestParams: { path: z.object({ name: z.string().meta({ description: "Profile id or name" }) }) },
      responses: { "200": json(profileJsonSchema, "The profile"), ...publicErrors(404) },
    },
  },
};
