import { publicRoute } from "@/lib/auth/route";
import { AppError } from "@/lib/errors";

// Any /api path no route answers: the API's JSON error, not the app's HTML "page not found", so a client
// with a typo (`/api/job`, `/api/pdf/job`) reads the same error shape as everywhere else.
const unknownRoute = publicRoute<{ path: string[] }>(async (req) => {
  throw new AppError("NOT_FOUND", `No API route ${req.method} ${req.nextUrl.pathname}; GET /api/openapi.json lists them`);
});

export const GET = unknownRoute;
export const POST = unknownRoute;
export const PUT = unknownRoute;
export const PATCH = unknownRoute;
export const DELETE = unknownRoute;
