"use client";

import { cn } from "@/components/ui/cn";

type Props<T extends string> = {
  tabs: readonly T[];
  value: T;
  onChange: (tab: T) => void;
  label: string;
  size?: "sm" | "md";
  className?: string;
};

/** A row of tabs (ARIA tablist); the caller renders the panel of the selected one. */
export function TabList<T extends string>({ tabs, value, onChange, label, size = "md", className }: Props<T>) {
  return (
    <div role="tablist" aria-label={label} className={cn("flex gap-1", className)}>
      {tabs.map((t) => (
        <button
          key={t}
          role="tab"
          type="button"
          aria-selected={value === t}
          onClick={() => onChange(t)}
          className={cn(
            "rounded-md font-medium",
            size === "sm" ? "px-2.5 py-1 text-xs" : "px-3 py-1.5 text-sm",
            value === t
              ? "bg-stone-200 dark:bg-stone-800"
              : "text-stone-600 hover:bg-stone-100 dark:text-stone-400 dark:hover:bg-stone-800",
          )}
        >
          {t}
        </button>
      ))}
    </div>
  );
}
