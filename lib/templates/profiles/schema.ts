// Device profile file format (§7.1). Built-in profiles are stored in this shape as data (no file
// system access, so the editor can use them in the browser); user profile files parse through it.
import { z } from "zod";
import { num, numIn, intIn } from "../schema/primitives";

export const PROFILE_ID_PATTERN = /^[a-z0-9][a-z0-9._-]{0,63}$/;

const margins = z.tuple([num(), num(), num(), num()]);

export const profileFileSchema = z.object({
  profile: z.object({
    name: z.string().min(1),
    display: z.object({
      screen_size: z.tuple([intIn(1, 100_000), intIn(1, 100_000)]),
      ppi: numIn(150, 400),
      physical_size: z.string(),
      aspect_ratio: z.string().optional(),
      color: z.boolean(),
      technology: z.string().optional(),
    }),
    pdf_settings: z.object({
      page_size: z.enum(["A4", "A5", "Letter", "Legal", "Custom"]),
      orientation: z.enum(["portrait", "landscape"]),
      safe_margins: margins.default([36, 36, 36, 36]),
    }),
    constraints: z
      .object({
        min_font_pt: numIn(8, 14).default(10),
        min_stroke_pt: numIn(0.25, 2).default(0.75),
        min_touch_target_pt: numIn(24, 64).default(44),
        grayscale_levels: intIn(2, 256).default(16),
        max_gray_fill_area: numIn(0, 1).default(0.2),
      })
      .prefault({}),
  }),
});

export type ProfileFile = z.input<typeof profileFileSchema>;
export type DeviceProfile = z.output<typeof profileFileSchema>["profile"] & { id: string };
export type ProfileConstraints = DeviceProfile["constraints"];

// The API's view of a profile: the file fields plus the page size the renderer uses (§7.3).
export const profileJsonSchema = profileFileSchema.shape.profile
  .extend({ id: z.string(), page_size_pt: z.object({ width: z.number(), height: z.number() }) })
  .meta({ id: "DeviceProfile" });
