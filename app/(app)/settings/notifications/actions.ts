"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authAction } from "@/lib/auth/action";
import { setNotifyEmail } from "@/lib/db/users";

export const setNotifyEmailAction = authAction(z.object({ notify_email: z.boolean() }), async ({ notify_email }, { user }) => {
  await setNotifyEmail(user.id, notify_email);
  revalidatePath("/settings/notifications");
  return { notify_email };
});
