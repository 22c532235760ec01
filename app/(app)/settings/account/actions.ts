"use server";

import { z } from "zod";
import { signOut } from "@/auth";
import { deleteConfirmation } from "@/lib/account/confirmation";
import { deleteAccount } from "@/lib/account/delete-account";
import { authAction } from "@/lib/auth/action";
import { currentUser } from "@/lib/auth/current-user";
import { signOutEverywhere } from "@/lib/db/sessions";
import { AppError } from "@/lib/errors";

const schema = z.object({ confirm: z.string().max(320) });

export const deleteAccountAction = authAction(schema, async ({ confirm }, { user }) => {
  const expected = deleteConfirmation(user.email);
  if (confirm.trim().toLowerCase() !== expected.toLowerCase()) {
    throw new AppError("BAD_INPUT", `confirm: type ${user.email ? "your e-mail address" : `“${expected}”`} to delete the account`);
  }
  await deleteAccount(user.id);
  // Clears the session cookie; the redirect is rethrown by authAction.
  await signOut({ redirectTo: "/sign-in?deleted=1" });
  return { deleted: true };
});

/** Ends every session of this user on every device (this one too); API tokens keep working. */
export async function signOutEverywhereAction(): Promise<void> {
  const user = await currentUser();
  if (user) await signOutEverywhere(user.id);
  await signOut({ redirectTo: "/sign-in?signed_out=everywhere" });
}
