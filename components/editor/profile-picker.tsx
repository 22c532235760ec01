"use client";

export type ProfileOption = { id: string; name: string; width: number; height: number; color: boolean };

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
            {p.id} — {p.width} × {p.height} pt{p.color ? ", colour" : ""}
          </option>
        ))}
      </select>
    </label>
  );
}
