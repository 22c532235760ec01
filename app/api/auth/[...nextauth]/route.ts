import type { NextRequest } from "next/server";
import { handlers } from "@/auth";
import { limitByIp } from "@/lib/auth/route";

// Auth.js: pages and OAuth callbacks (GET) and sign-in/sign-out posts, each limited per client IP.
export const GET = limitByIp("public", (req: NextRequest) => handlers.GET(req));
export const POST = limitByIp("sign-in", (req: NextRequest) => handlers.POST(req));
