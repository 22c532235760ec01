"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authAction } from "@/lib/auth/action";
import { rotateWebhookSecret } from "@/lib/webhooks/secret";

export const rotateWebhookSecretAction = authAction(z.object({}), async (_input, { user }) => {
  const { secret } = await rotateWebhookSecret(user.id);
  revalidatePath("/settings/webhooks");
  return { secret };
});
