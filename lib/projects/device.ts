import { z } from "zod";
import { getProfile } from "@/lib/templates/profiles";

/** The device a project uses when its owner has not chosen one (the column default, too). */
export const DEFAULT_DEVICE = "boox-note-air-4c";

/** A built-in device profile id, as chosen on first run or in Settings. */
export const chooseDeviceSchema = z.object({
  device_profile: z.string().refine((id) => getProfile(id) !== undefined, "choose one of the listed devices"),
});
