// The devices a batch offers and shows, by the names people call them (product-names.ts), not profile ids.
import { listProfiles, profilePageSize } from "@/lib/templates/profiles";
import { productName } from "@/lib/templates/profiles/product-names";

export type DeviceOption = { id: string; name: string; size: string };

export function batchDeviceOptions(): DeviceOption[] {
  return listProfiles().map((p) => {
    const { width, height } = profilePageSize(p);
    return { id: p.id, name: productName(p.id), size: `${p.display.physical_size} · ${Math.round(width)}×${Math.round(height)} pt` };
  });
}

/** Profile id → product name, for the batch page's rows. */
export const batchDeviceNames = (): Record<string, string> => Object.fromEntries(listProfiles().map((p) => [p.id, productName(p.id)]));
