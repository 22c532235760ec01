"use server";

import { revalidatePath } from "next/cache";
import { authAction } from "@/lib/auth/action";
import { setUserDevice } from "@/lib/db/users";
import { chooseDeviceSchema } from "@/lib/projects/device";

/** Remembers the user's tablet: new projects and the planner builder start from it. */
export const chooseDeviceAction = authAction(chooseDeviceSchema, async ({ device_profile }, { user }) => {
  await setUserDevice(user.id, device_profile);
  revalidatePath("/projects");
  revalidatePath("/settings/device");
  return { device_profile };
});
