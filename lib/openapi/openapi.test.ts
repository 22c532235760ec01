import path from "node:path";
import { validate, compileErrors } from "@readme/openapi-parser";
import type { OpenAPIV3_1 } from "openapi-types";
import { describe, expect, it } from "vitest";
import { openApiDocument, UNDOCUMENTED_ROUTES } from "./document";
import { exportedMethods, listApiRoutes, routePath } from "./routes";

const appDir = path.resolve(__dirname, "../../app");
const key = (p: string, method: string) => `${method.toUpperCase()} ${p}`;

function documented(): string[] {
  const out: string[] = [];
  for (const [p, item] of Object.entries(openApiDocument().paths ?? {})) {
    for (const method of ["get", "post", "put", "patch", "delete"]) if (item && method in item) out.push(key(p, method));
  }
  return out.sort();
}

function existing(): string[] {
  return listApiRoutes(appDir)
    .filter((r) => !(r.path in UNDOCUMENTED_ROUTES))
    .flatMap((r) => r.methods.map((m) => key(r.path, m)))
    .sort();
}

describe("OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    // The validator dereferences in place; give it a copy.
    const result = await validate(structuredClone(openApiDocument()) as OpenAPIV3_1.Document);
    expect(result.valid, result.valid ? "" : compileErrors(result)).toBe(true);
    expect(openApiDocument().openapi).toBe("3.1.0");
  });

  it("describes every route under app/api, and no route that does not exist", () => {
    const inDoc = documented();
    const inApp = existing();
    expect(
      inApp.filter((r) => !inDoc.includes(r)),
      "routes missing from the document",
    ).toEqual([]);
    expect(
      inDoc.filter((r) => !inApp.includes(r)),
      "documented routes with no handler",
    ).toEqual([]);
  });

  it("lists only undocumented routes that exist", () => {
    const paths = listApiRoutes(appDir).map((r) => r.path);
    for (const p of Object.keys(UNDOCUMENTED_ROUTES)) expect(paths).toContain(p);
  });

  it("takes request bodies from the route's own zod schema", () => {
    const post = openApiDocument().paths?.["/api/pdf/jobs"]?.post;
    const schema = (post?.requestBody as OpenAPIV3_1.RequestBodyObject).content["application/json"]!.schema as OpenAPIV3_1.SchemaObject;
    expect(Object.keys(schema.properties ?? {})).toEqual(
      expect.arrayContaining(["yaml_content", "project_id", "profile", "render_options", "webhook_url"]),
    );
  });
});

describe("route discovery", () => {
  it.each([
    ["/app/api/pdf/jobs/[id]/download/route.ts", "/api/pdf/jobs/{id}/download"],
    ["/app/api/auth/[...nextauth]/route.ts", "/api/auth/{nextauth}"],
    ["/app/api/openapi.json/route.ts", "/api/openapi.json"],
  ])("%s → %s", (file, expected) => expect(routePath(file, "/app")).toBe(expected));

  it("reads both export styles", () => {
    expect(exportedMethods("export const GET = apiRoute(…);\nexport const DELETE = x;")).toEqual(["GET", "DELETE"]);
    expect(exportedMethods("export const { GET, POST, PUT } = serve({})")).toEqual(["GET", "POST", "PUT"]);
    expect(exportedMethods("export const dynamic = 'force-dynamic'")).toEqual([]);
  });
});
