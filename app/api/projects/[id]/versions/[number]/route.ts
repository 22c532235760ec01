import { z } from "zod";
import { apiRoute } from "@/lib/auth/route";
import { notFound } from "@/lib/errors";
import { getVersionForOwner } from "@/lib/db/project-versions";
import { serializeVersion } from "@/lib/projects/serialize-version";

type Params = { id: string; number: string };

const versionNumber = z.coerce.number().int().positive();

// GET /api/projects/{id}/versions/{number}: one saved version with its YAML.
export const GET = apiRoute<Params>(async (_req, { user, params }) => {
  const number = versionNumber.safeParse(params.number);
  const version = number.success ? await getVersionForOwner(user.id, params.id, number.data) : null;
  if (!version) throw notFound("Version");
  return Response.json(serializeVersion(version));
});
