"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { PROFILE_OPTIONS } from "@/components/editor/profile-picker";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { ActionResult } from "@/lib/auth/action";

type Props = {
  current: string | null;
  choose: (input: { device_profile: string }) => Promise<ActionResult<{ device_profile: string }>>;
  submitLabel?: string;
};

/** Every built-in device as a radio card, grouped by maker; the choice is saved on the user. */
export function DeviceChooser({ current, choose, submitLabel = "Use this device" }: Props) {
  const router = useRouter();
  const [value, setValue] = useState(current ?? "");
  const [pending, startTransition] = useTransition();
  const brands = [...new Set(PROFILE_OPTIONS.map((p) => p.brand))];

  function submit() {
    startTransition(async () => {
      const result = await choose({ device_profile: value });
      if (!result.ok) return void toast.error(Object.values(result.fieldErrors ?? {})[0] ?? result.error);
      toast.success("Device saved");
      router.refresh();
    });
  }

  return (
    <form
      aria-label="Choose your device"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      className="space-y-4"
    >
      {brands.map((brand) => (
        <fieldset key={brand}>
          <legend className="mb-2 text-sm font-medium text-stone-700 dark:text-stone-300">{brand}</legend>
          <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {PROFILE_OPTIONS.filter((p) => p.brand === brand).map((p) => (
              <label
                key={p.id}
                className={cn(
                  "flex cursor-pointer items-start gap-2 rounded-md border px-3 py-2 text-sm",
                  value === p.id
                    ? "border-brand bg-brand/5 ring-1 ring-brand"
                    : "border-stone-200 hover:border-stone-400 dark:border-stone-700 dark:hover:border-stone-500",
                )}
              >
                <input
                  type="radio"
                  name="device_profile"
                  value={p.id}
                  checked={value === p.id}
                  onChange={() => setValue(p.id)}
                  className="mt-1"
                />
                <span>
                  <span className="block font-medium">{p.product}</span>
                  <span className="block text-xs text-stone-600 dark:text-stone-400">
                    {Math.round(p.width)} × {Math.round(p.height)} pt · {p.color ? "colour" : "greyscale"}
                  </span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <div className="sticky bottom-0 -mx-5 flex items-center gap-3 border-t border-stone-200 bg-white/95 px-5 py-3 dark:border-stone-800 dark:bg-stone-900/95">
        <Button type="submit" disabled={!value || pending || value === current}>
          {pending ? "Saving…" : submitLabel}
        </Button>
        <span className="text-sm text-stone-600 dark:text-stone-400">
          {value ? PROFILE_OPTIONS.find((p) => p.id === value)?.product : "Pick the tablet you write on."}
        </span>
      </div>
    </form>
  );
}
