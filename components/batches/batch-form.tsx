"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import type { renderBatchAction } from "@/app/(app)/batches/actions";
import { Button } from "@/components/ui/button";

export type DeviceOption = { id: string; name: string; size: string };

/** Device checkboxes for a project: one job per checked device, then the batch's progress page. */
export function BatchForm({
  projectId,
  devices,
  current,
  submit,
}: {
  projectId: string;
  devices: DeviceOption[];
  current: string;
  submit: typeof renderBatchAction;
}) {
  const router = useRouter();
  const [chosen, setChosen] = useState<Set<string>>(() => new Set([current]));
  const [pending, startTransition] = useTransition();
  const toggle = (id: string) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  function go() {
    startTransition(async () => {
      const result = await submit({ project_id: projectId, profiles: [...chosen] });
      if (!result.ok) return void toast.error(Object.values(result.fieldErrors ?? {})[0] ?? result.error);
      toast.success(`Rendering for ${chosen.size} devices`);
      router.push(`/batches/${result.data.batchId}`);
    });
  }

  return (
    <form action={go} className="space-y-4">
      <fieldset>
        <legend className="text-sm font-medium">Devices</legend>
        <p className="text-xs text-stone-600 dark:text-stone-400">
          Pages take each device&apos;s size unless the project sets its own canvas.
        </p>
        <div className="mt-3 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {devices.map((d) => (
            <label
              key={d.id}
              className="flex cursor-pointer items-start gap-2 rounded-md border border-stone-200 p-2 text-sm has-[:checked]:border-brand has-[:checked]:bg-teal-50 dark:border-stone-700 dark:has-[:checked]:bg-teal-950/40"
            >
              <input
                type="checkbox"
                className="mt-0.5 accent-[#0f766e]"
                checked={chosen.has(d.id)}
                onChange={() => toggle(d.id)}
                name="profiles"
                value={d.id}
              />
              <span>
                <span className="block font-medium">{d.name}</span>
                <span className="block text-xs text-stone-500">{d.size}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending || chosen.size === 0}>
          {pending ? "Queuing…" : `Render for ${chosen.size} ${chosen.size === 1 ? "device" : "devices"}`}
        </Button>
        {chosen.size === 0 ? <span className="text-sm text-stone-600 dark:text-stone-400">Choose at least one device.</span> : null}
      </div>
    </form>
  );
}
