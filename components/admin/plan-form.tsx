"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { keepInput } from "@/components/ui/keep-input";
import { FieldError, Input, Label } from "@/components/ui/input";
import type { PlanFormInput } from "@/lib/admin/schema";
import type { ActionResult } from "@/lib/auth/action";

const FIELDS = [
  { name: "jobs_per_day", label: "Jobs per day" },
  { name: "concurrent_jobs", label: "Queued or running at once" },
  { name: "pages_per_month", label: "Pages per month" },
  { name: "storage_mb", label: "Storage (MB)" },
] as const;
type LimitName = (typeof FIELDS)[number]["name"];
type Plan = "free" | "pro";

type Props = {
  userId: string;
  plan: Plan;
  overrides: Record<LimitName, number | null>;
  planDefaults: Record<Plan, Record<LimitName, number>>;
  save: (input: PlanFormInput) => Promise<ActionResult<unknown>>;
};

/**
 * The plan and per-user limits. Fields are sent as typed and validated on the server (an empty
 * field = the plan's value); after an error every field keeps what was typed.
 */
export function PlanForm({ userId, plan, overrides, planDefaults, save }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [chosenPlan, setChosenPlan] = useState<Plan>(plan);

  function submit(form: FormData) {
    const text = (name: string) => String(form.get(name) ?? "");
    startTransition(async () => {
      const result = await save({
        userId,
        plan: text("plan") as Plan,
        jobs_per_day: text("jobs_per_day"),
        concurrent_jobs: text("concurrent_jobs"),
        pages_per_month: text("pages_per_month"),
        storage_mb: text("storage_mb"),
      });
      if (!result.ok) {
        setErrors(result.fieldErrors ?? {});
        toast.error(result.error);
        return;
      }
      setErrors({});
      toast.success("Plan and limits saved");
      router.refresh();
    });
  }

  return (
    <form
      onSubmit={keepInput(submit)}
      aria-labelledby="plan-form-title"
      className="mt-6 rounded-lg border border-stone-200 bg-white p-5 shadow-sm dark:border-stone-800 dark:bg-stone-900"
      noValidate
    >
      <h2 id="plan-form-title" className="font-medium">
        Plan and limits
      </h2>
      <p className="mt-0.5 text-sm text-stone-600 dark:text-stone-400">
        Takes effect on the user&apos;s next request. Leave a limit empty to use the plan&apos;s value.
      </p>
      <fieldset className="mt-4">
        <legend className="mb-1 text-sm font-medium text-stone-700 dark:text-stone-300">Plan</legend>
        <div className="flex gap-4 text-sm">
          {(["free", "pro"] as const).map((p) => (
            <label key={p} className="flex items-center gap-2">
              <input
                type="radio"
                name="plan"
                value={p}
                defaultChecked={p === plan}
                onChange={() => setChosenPlan(p)}
                className="accent-brand"
              />
              {p === "free" ? "Free" : "Pro"}
            </label>
          ))}
        </div>
        <FieldError message={errors.plan} />
      </fieldset>
      <div className="mt-4 grid gap-4 sm:grid-cols-2">
        {FIELDS.map((f) => (
          <div key={f.name}>
            <Label htmlFor={`limit-${f.name}`}>{f.label}</Label>
            <Input
              id={`limit-${f.name}`}
              name={f.name}
              inputMode="numeric"
              defaultValue={overrides[f.name] ?? ""}
              placeholder={`plan: ${planDefaults[chosenPlan][f.name].toLocaleString("en")}`}
              aria-invalid={errors[f.name] ? true : undefined}
              aria-describedby={errors[f.name] ? `limit-${f.name}-error` : undefined}
            />
            <span id={`limit-${f.name}-error`}>
              <FieldError message={errors[f.name]} />
            </span>
          </div>
        ))}
      </div>
      <div className="mt-5 flex justify-end">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save plan and limits"}
        </Button>
      </div>
    </form>
  );
}
