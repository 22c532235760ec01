import { z } from "zod";
import { apiRoute } from "@/lib/auth/route";
import { AppError, describeZodIssues, notFound } from "@/lib/errors";
import { pageImageResponse } from "@/lib/pages/image-response";
import { pageImageQuerySchema, parsePageParam } from "@/lib/pages/schema";
import { THEMES } from "@/lib/planner/schema";
import { themePicture } from "@/lib/samples/catalog";
import { getSamplePicture } from "@/lib/samples/pictures";

type Params = { theme: string; n: string };

const querySchema = pageImageQuerySchema.extend({
  device: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .regex(/^[a-z0-9-]+$/, "must be a device profile id")
    .default("remarkable-2"),
});

// GET /api/planner/themes/{theme}/pictures/{n}?width=240&device=remarkable-2: the theme's month (1),
// week (2) or day (3) page on the device, for a planner starting this year (next year from October),
// as a PNG drawn by the renderer on first request and stored.
export const GET = apiRoute<Params>(async (req, { params }) => {
  const n = parsePageParam(params.n);
  const theme = THEMES.find((t) => t === params.theme);
  if (!theme) throw notFound("Theme");
  const sp = req.nextUrl.searchParams;
  const query = querySchema.safeParse({ width: sp.get("width") ?? undefined, device: sp.get("device") ?? undefined });
  if (!query.success) throw new AppError("BAD_INPUT", describeZodIssues(query.error.issues));
  const source = themePicture(theme, n, query.data.device);
  if (!source) throw notFound("Theme picture");
  const image = await getSamplePicture(source.yaml, source.at, query.data.width);
  return pageImageResponse(req, image, "private, max-age=3600");
});
