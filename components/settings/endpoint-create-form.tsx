"use client";

import { useState, useTransition, type FormEvent } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { FieldError, Input, Label } from "@/components/ui/input";
import type { ActionResult } from "@/lib/auth/action";
import { ENDPOINT_EVENT_TYPES, type EndpointEventType } from "@/lib/webhooks/endpoint-schema";
import { SecretOnce } from "./secret-once";

export const EVENT_LABELS: Record<EndpointEventType, string> = {
  "job.completed": "Job completed",
  "job.failed": "Job failed",
  "job.cancelled": "Job cancelled",
  "batch.completed": "Batch finished",
};

type Props = {
  create: (input: {
    url: string;
    description: string;
    events: EndpointEventType[];
  }) => Promise<ActionResult<{ id: string; secret: string }>>;
};

/** Register an endpoint; its secret is shown once below the form. */
export function EndpointCreateForm({ create }: Props) {
  const [pending, startTransition] = useTransition();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [secret, setSecret] = useState<string | null>(null);

  // Not <form action>: React would clear what the user typed when validation fails (see keepInput).
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const el = event.currentTarget;
    const form = new FormData(el);
    const events = ENDPOINT_EVENT_TYPES.filter((e) => form.get(`event-${e}`) === "on");
    startTransition(async () => {
      const result = await create({ url: String(form.get("url") ?? ""), description: String(form.get("description") ?? ""), events });
      if (!result.ok) {
        setErrors(result.fieldErrors ?? {});
        toast.error(result.error);
        return;
      }
      setErrors({});
      el.reset(); // ready for the next endpoint; the inputs keep their text only for corrections
      setSecret(result.data.secret);
      toast.success("Endpoint added");
    });
  }

  return (
    <div className="space-y-4">
      <form onSubmit={submit} className="space-y-4" aria-label="Add webhook endpoint">
        <div className="grid gap-3 sm:grid-cols-[3fr_2fr]">
          <div>
            <Label htmlFor="endpoint-url">Endpoint URL</Label>
            <Input id="endpoint-url" name="url" type="url" required maxLength={2048} placeholder="https://example.com/hooks/inkset" />
            <FieldError message={errors.url} />
          </div>
          <div>
            <Label htmlFor="endpoint-description">Description (optional)</Label>
            <Input id="endpoint-description" name="description" maxLength={200} placeholder="Print shop CRM" />
            <FieldError message={errors.description} />
          </div>
        </div>
        <fieldset>
          <legend className="mb-2 text-sm font-medium text-stone-700 dark:text-stone-300">Events to send</legend>
          <div className="flex flex-wrap gap-2">
            {ENDPOINT_EVENT_TYPES.map((e) => (
              <label
                key={e}
                className="flex cursor-pointer items-center gap-2 rounded-md border border-stone-300 px-3 py-2 text-sm has-[:checked]:border-brand has-[:checked]:bg-brand/5 dark:border-stone-700"
              >
                <input type="checkbox" name={`event-${e}`} defaultChecked className="accent-brand" />
                <span>{EVENT_LABELS[e]}</span>
                <code className="text-xs text-stone-600 dark:text-stone-400">{e}</code>
              </label>
            ))}
          </div>
          <FieldError message={errors.events} />
        </fieldset>
        <Button type="submit" disabled={pending}>
          {pending ? "Adding…" : "Add endpoint"}
        </Button>
      </form>
      {secret ? <SecretOnce secret={secret} onDone={() => setSecret(null)} /> : null}
    </div>
  );
}
