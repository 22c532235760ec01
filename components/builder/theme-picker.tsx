"use client";

import { FlipThrough } from "@/components/samples/flip-through";
import { SamplePicture } from "@/components/samples/sample-picture";
import { cn } from "@/components/ui/cn";
import type { ThemeId } from "@/lib/planner/schema";
import type { Theme } from "@/lib/planner/themes";

export type ThemeCard = Pick<Theme, "id" | "label" | "description">;

type Props = {
  themes: readonly ThemeCard[];
  value: ThemeId;
  onChange: (theme: ThemeId) => void;
  /** The device the pictures are drawn for (the chosen profile). */
  device: string;
  deviceName: string;
};

// Month, week and day: the order of THEME_PICTURES (lib/samples/catalog.ts).
const PAGES = ["Month", "Week", "Day"] as const;
const pictureUrl = (theme: string, n: number, width: number, device: string) =>
  `/api/planner/themes/${theme}/pictures/${n}?width=${width}&device=${encodeURIComponent(device)}`;

/** Theme choice with each theme's real month page on the chosen device, and its pages to flip through. */
export function ThemePicker({ themes, value, onChange, device, deviceName }: Props) {
  return (
    <div role="radiogroup" aria-label="Theme" className="grid gap-2">
      {themes.map((t) => {
        const checked = value === t.id;
        return (
          <div
            key={t.id}
            className={cn(
              "flex items-stretch gap-3 rounded-md border p-2 text-sm",
              checked ? "border-brand bg-brand/5 ring-1 ring-brand" : "border-stone-200 hover:border-stone-400 dark:border-stone-700",
            )}
          >
            <label className="flex flex-1 cursor-pointer items-start gap-2 px-1 py-1">
              <input type="radio" name="theme" checked={checked} onChange={() => onChange(t.id)} className="mt-1" />
              <span>
                <span className="block font-medium">{t.label}</span>
                <span className="block text-xs text-stone-600 dark:text-stone-400">{t.description}</span>
                <FlipThrough
                  title={`${t.label} theme on ${deviceName}`}
                  openLabel="See pages"
                  buttonClassName="mt-2 px-2.5 py-1"
                  pages={PAGES.map((label, i) => ({ label, src: pictureUrl(t.id, i + 1, 960, device) }))}
                />
              </span>
            </label>
            <button type="button" onClick={() => onChange(t.id)} aria-label={`Choose the ${t.label} theme`} className="shrink-0">
              <SamplePicture
                src={pictureUrl(t.id, 1, 240, device)}
                alt={`${t.label} theme: month page on ${deviceName}`}
                className="h-28 w-24 p-1"
              />
            </button>
          </div>
        );
      })}
    </div>
  );
}
