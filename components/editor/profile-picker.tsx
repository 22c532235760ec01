"use client";

import { listProfiles, productBrand, productName, profilePageSize } from "@/lib/templates";

export type ProfileOption = { id: string; product: string; brand: string; width: number; height: number; color: boolean };

/** The built-in device profiles (§7.4) as picker options, by product name: page size in points, colour or not. */
export const PROFILE_OPTIONS: readonly ProfileOption[] = listProfiles()
  .map((p) => ({ id: p.id, product: productName(p.id), brand: productBrand(p.id), color: p.display.color, ...profilePageSize(p) }))
  .sort((a, b) => a.product.localeCompare(b.product, "en"));

export const profileLabel = (p: ProfileOption) =>
  `${p.product} · ${Math.round(p.width)} × ${Math.round(p.height)} pt${p.color ? " · colour" : ""}`;

/** Options grouped by maker (<optgroup>), for any device <select>. */
export function ProfileOptions({ profiles = PROFILE_OPTIONS }: { profiles?: readonly ProfileOption[] }) {
  const brands = [...new Set(profiles.map((p) => p.brand))];
  return brands.map((brand) => (
    <optgroup key={brand} label={brand}>
      {profiles
        .filter((p) => p.brand === brand)
        .map((p) => (
          <option key={p.id} value={p.id}>
            {profileLabel(p)}
          </option>
        ))}
    </optgroup>
  ));
}

type Props = { profiles: readonly ProfileOption[]; value: string; onChange: (id: string) => void };

export function ProfilePicker({ profiles, value, onChange }: Props) {
  // A project may name a profile that is not built in (older ids); keep it selectable rather than lose it.
  const known = profiles.some((p) => p.id === value);
  return (
    <label className="flex min-w-0 items-center gap-2 text-sm">
      <span className="shrink-0 font-medium text-stone-700 dark:text-stone-300">Device</span>
      <select
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className="min-w-0 max-w-full rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm dark:border-stone-700 dark:bg-stone-900"
      >
        {known ? null : <option value={value}>{value} (unknown)</option>}
        <ProfileOptions profiles={profiles} />
      </select>
    </label>
  );
}
