"use client";

import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { keepInput } from "@/components/ui/keep-input";
import { FieldError, Input, Label } from "@/components/ui/input";
import type { ActionResult } from "@/lib/auth/action";

type Props = {
  create: (input: { name: string; expires_in_days?: number }) => Promise<ActionResult<{ token: string }>>;
};

export function CreateTokenForm({ create }: Props) {
  const [pending, startTransition] = useTransition();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [token, setToken] = useState<string | null>(null);

  function submit(form: FormData) {
    const days = String(form.get("expires_in_days") ?? "");
    startTransition(async () => {
      const result = await create({ name: String(form.get("name") ?? ""), expires_in_days: days ? Number(days) : undefined });
      if (!result.ok) {
        setErrors(result.fieldErrors ?? {});
        toast.error(result.error);
        return;
      }
      setErrors({});
      setToken(result.data.token);
    });
  }

  return (
    <div className="space-y-4">
      <form onSubmit={keepInput(submit)} className="grid gap-3 sm:grid-cols-[2fr_1fr_auto] sm:items-end" aria-label="New API token">
        <div>
          <Label htmlFor="token-name">Token name</Label>
          <Input id="token-name" name="name" required maxLength={60} placeholder="laptop script" />
          <FieldError message={errors.name} />
        </div>
        <div>
          <Label htmlFor="token-expiry">Expires</Label>
          <select
            id="token-expiry"
            name="expires_in_days"
            defaultValue="90"
            className="block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm dark:border-stone-700 dark:bg-stone-900"
          >
            <option value="7">in 7 days</option>
            <option value="30">in 30 days</option>
            <option value="90">in 90 days</option>
            <option value="365">in 1 year</option>
            <option value="">never</option>
          </select>
          <FieldError message={errors.expires_in_days} />
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create token"}
        </Button>
      </form>
      {token ? (
        <div
          role="status"
          className="rounded-md border border-emerald-300 bg-emerald-50 p-4 dark:border-emerald-800 dark:bg-emerald-950/40"
        >
          <p className="text-sm font-medium">Copy your new token now — it will not be shown again.</p>
          <div className="mt-2 flex gap-2">
            <code data-testid="new-token" className="flex-1 overflow-x-auto rounded bg-white px-2 py-1 font-mono text-sm dark:bg-stone-900">
              {token}
            </code>
            <Button
              variant="secondary"
              size="sm"
              onClick={() =>
                navigator.clipboard.writeText(token).then(
                  () => toast.success("Copied"),
                  () => toast.error("Copy failed"),
                )
              }
            >
              Copy
            </Button>
            <Button variant="ghost" size="sm" onClick={() => setToken(null)}>
              Done
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
