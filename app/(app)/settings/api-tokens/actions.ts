"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authAction } from "@/lib/auth/action";
import { createApiTokenSchema, expiryDate } from "@/lib/auth/api-token-schema";
import { notFound } from "@/lib/errors";
import { createApiToken } from "@/lib/auth/api-token";
import { revokeApiToken } from "@/lib/db/api-tokens";

export const createApiTokenAction = authAction(createApiTokenSchema, async (input, { user }) => {
  const { token } = await createApiToken(user.id, { name: input.name, expiresAt: expiryDate(input.expires_in_days) });
  revalidatePath("/settings/api-tokens");
  return { token }; // shown once; only its hash is stored
});

export const revokeApiTokenAction = authAction(z.object({ id: z.string().min(1) }), async ({ id }, { user }) => {
  if (!(await revokeApiToken(user.id, id))) throw notFound("API token");
  revalidatePath("/settings/api-tokens");
  return { id };
});
