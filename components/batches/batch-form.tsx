"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, useTransition, type FormEvent } from "react";
import { toast } from "sonner";
import type { renderBatchAction } from "@/app/(app)/batches/actions";
import { Button } from "@/components/ui/button";
import { FieldError, Input, Label } from "@/components/ui/input";
import type { DeviceOption } from "@/lib/jobs/batch-devices";
import { MAX_BATCH_JOBS, MAX_BATCH_VARIABLE_SETS } from "@/lib/jobs/batch-schema";
import { VariableSetsEditor } from "./variable-sets-editor";
import { hasErrors, placeServerErrors, toVariableSets, type BatchFormErrors, type VariableSet } from "./variable-sets";

const NO_ERRORS: BatchFormErrors = { rows: {}, sets: {} };

/**
 * Device checkboxes for a project: one job per checked device (× each set of render-time variables),
 * an optional webhook told when all have finished, then the batch's progress page. Everything typed
 * stays on the form when the server refuses it, with each error under the field it concerns.
 */
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
  const [sets, setSets] = useState<VariableSet[]>([]);
  const [webhook, setWebhook] = useState("");
  const [errors, setErrors] = useState<BatchFormErrors>(NO_ERRORS);
  const [pending, startTransition] = useTransition();
  const keys = useRef(0);
  const nextKey = () => ++keys.current;
  const toggle = (id: string) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const jobs = chosen.size * Math.max(1, sets.length);
  const tooMany = jobs > MAX_BATCH_JOBS;

  function go(event: FormEvent<HTMLFormElement>) {
    // Not <form action>: React would reset the form after the action (see components/ui/keep-input.ts).
    event.preventDefault();
    const { variables, errors: local } = toVariableSets(sets);
    if (hasErrors(local)) return void setErrors(local);
    startTransition(async () => {
      const url = webhook.trim();
      const result = await submit({
        project_id: projectId,
        profiles: [...chosen],
        ...(variables ? { variables } : {}),
        ...(url ? { webhook_url: url } : {}),
      });
      if (!result.ok) {
        const placed = placeServerErrors(sets, result);
        setErrors(placed);
        if (placed.form) toast.error(placed.form);
        return;
      }
      setErrors(NO_ERRORS);
      toast.success(`Rendering ${jobs} ${jobs === 1 ? "PDF" : "PDFs"}`);
      router.push(`/batches/${result.data.batchId}`);
    });
  }

  return (
    <form onSubmit={go} className="space-y-6" aria-label="Render for several devices" noValidate>
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

      <section aria-labelledby="batch-variables" className="border-t border-stone-200 pt-4 dark:border-stone-800">
        <h3 id="batch-variables" className="text-sm font-medium">
          Variables <span className="font-normal text-stone-500 dark:text-stone-400">(optional)</span>
        </h3>
        <p className="mb-3 text-xs text-stone-600 dark:text-stone-400">
          Values for the template&apos;s own tokens, e.g. <code className="font-mono">year = 2027</code> for{" "}
          <code className="font-mono">{"{year}"}</code>. Each set makes one PDF per device (at most {MAX_BATCH_VARIABLE_SETS} sets).
        </p>
        <VariableSetsEditor sets={sets} onChange={setSets} errors={errors} nextKey={nextKey} maxSets={MAX_BATCH_VARIABLE_SETS} />
        <FieldError message={errors.variables} />
      </section>

      <section className="border-t border-stone-200 pt-4 dark:border-stone-800">
        <Label htmlFor="batch-webhook">
          Webhook URL <span className="font-normal text-stone-500 dark:text-stone-400">(optional)</span>
        </Label>
        <Input
          id="batch-webhook"
          name="webhook_url"
          type="url"
          inputMode="url"
          placeholder="https://example.com/hooks/inkset"
          maxLength={2048}
          value={webhook}
          onChange={(e) => setWebhook(e.target.value)}
          aria-invalid={errors.webhook ? true : undefined}
          aria-describedby="batch-webhook-help"
          className="max-w-xl"
        />
        <FieldError message={errors.webhook} />
        <p id="batch-webhook-help" className="mt-1 text-xs text-stone-600 dark:text-stone-400">
          Receives one signed <code className="font-mono">batch.completed</code> request when every PDF has finished.
        </p>
      </section>

      {errors.form ? (
        <p
          role="alert"
          className="rounded-md border border-red-200 bg-red-50 p-2 text-sm text-red-800 dark:border-red-900 dark:bg-red-950/40 dark:text-red-300"
        >
          {errors.form}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending || chosen.size === 0 || tooMany}>
          {pending ? "Queuing…" : `Render ${jobs} ${jobs === 1 ? "PDF" : "PDFs"}`}
        </Button>
        <span className="text-sm text-stone-600 dark:text-stone-400" aria-live="polite">
          {chosen.size === 0
            ? "Choose at least one device."
            : tooMany
              ? `At most ${MAX_BATCH_JOBS} PDFs per batch: choose fewer devices or sets.`
              : sets.length > 0
                ? `${chosen.size} ${chosen.size === 1 ? "device" : "devices"} × ${sets.length} ${sets.length === 1 ? "set" : "sets"} of variables`
                : `${chosen.size} ${chosen.size === 1 ? "device" : "devices"}`}
        </span>
      </div>
    </form>
  );
}
