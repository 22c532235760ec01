"use client";

import { listProfiles, profilePageSize } from "@/lib/templates/profiles";

export type ProfileOption = { id: string; name: string; width: number; height: number; color: boolean };

/** The built-in device profiles (§7.4) as picker options: id, page size in points, colour or not. */
export const PROFILE_OPTIONS: readonly ProfileOption[] = listProfiles().map((p) => ({
  id: p.id, name: p.name, color: p.display.color, ...profilePageSize(p),
}));

export const profileLabel = (p: ProfileOption) => `${p.id} — ${p.width} × ${p.height} pt${p.color ? ", colour" : ""}`;

type Props = { profiles: readonly ProfileOption[]; value: string; onChange: (id: string) => void };

export function ProfilePicker({ profiles, value, onChange }: Props) {
  // A project may name a profile that is not built in (older ids); keep it selectable rather than lose it.
  const known = profiles.some((p) => p.id === value);
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="font-medium text-stone-700 dark:text-stone-300">Device profile</span>
      <select
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className="rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm dark:border-stone-700 dark:bg-stone-900"
      >
        {known ? null : <option value={value}>{value} (unknown)</option>}
        {profiles.map((p) => (
          <option key={p.id} value={p.id}>
            {profileLabel(p)}
          </option>
        ))}
      </select>
    </label>
  );
}
