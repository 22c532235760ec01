"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { readRenderOptions, RenderOptionsFields } from "@/components/jobs/render-options-fields";
import { Button } from "@/components/ui/button";
import { keepInput } from "@/components/ui/keep-input";
import { ProfileOptions } from "@/components/editor/profile-picker";
import { FieldError, Label, Textarea } from "@/components/ui/input";
import type { ActionResult } from "@/lib/auth/action";
import type { CreateRenderJobInput } from "@/lib/jobs/schema";

const SELECT =
  "block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm text-stone-900 shadow-sm " +
  "focus:border-brand focus:outline-none focus:ring-2 focus:ring-brand/30 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100";

/** Paste-YAML render: queues a job and opens its status page (which survives a reload). */
type Props = {
  requestRender: (input: CreateRenderJobInput) => Promise<ActionResult<{ jobId: string }>>;
  /** The account's notification setting: the e-mail box starts ticked when it is on. */
  emailByDefault?: boolean;
};

export function RenderYamlForm({ requestRender, emailByDefault = false }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  function submit(form: FormData) {
    const profile = String(form.get("profile") ?? "").trim();
    const options = readRenderOptions(form);
    if (!options.ok) {
      setError(options.error);
      return;
    }
    const input = {
      yaml_content: String(form.get("yaml_content") ?? ""),
      profile: profile || undefined,
      deterministic: form.get("deterministic") === "on",
      strict_mode: form.get("strict_mode") === "on",
      render_options: options.options,
      notify_email: form.get("notify_email") === "on",
    };
    const autoDownload = form.get("auto_download") === "on";
    startTransition(async () => {
      const result = await requestRender(input);
      if (!result.ok) {
        setError(result.error);
        setFieldErrors(result.fieldErrors ?? {});
        return;
      }
      setError(null);
      setFieldErrors({});
      toast.success("Render queued");
      router.push(`/jobs/${result.data.jobId}${autoDownload ? "?download=1" : ""}`);
    });
  }

  return (
    <form onSubmit={keepInput(submit)} className="space-y-4">
      <div>
        <Label htmlFor="yaml_content">Template YAML</Label>
        <Textarea
          id="yaml_content"
          name="yaml_content"
          required
          rows={18}
          spellCheck={false}
          placeholder={'schema_version: "1.0"\nmetadata:\n  name: My planner\n  …'}
        />
        <FieldError message={fieldErrors.yaml_content} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <Label htmlFor="profile">Device</Label>
          <select id="profile" name="profile" defaultValue="" className={SELECT}>
            <option value="">From the template&apos;s metadata</option>
            <ProfileOptions />
          </select>
          <FieldError message={fieldErrors.profile} />
        </div>
        <fieldset className="flex flex-col justify-end gap-1 text-sm">
          <label className="flex items-center gap-2">
            <input type="checkbox" name="strict_mode" /> Strict mode (constraint violations are errors)
          </label>
          <label className="flex items-center gap-2">
            <input type="checkbox" name="deterministic" /> Deterministic output (byte-identical re-renders)
          </label>
          <label className="flex items-center gap-2">
            <input type="checkbox" name="auto_download" /> Download when ready
          </label>
          <label className="flex items-center gap-2">
            <input type="checkbox" name="notify_email" defaultChecked={emailByDefault} /> E-mail me when it finishes (with a share link)
          </label>
        </fieldset>
      </div>
      <div>
        <RenderOptionsFields />
        <FieldError message={Object.entries(fieldErrors).find(([key]) => key.startsWith("render_options"))?.[1]} />
      </div>
      {error ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950/40 dark:text-red-300">
          {error}
        </p>
      ) : null}
      <Button type="submit" disabled={pending}>
        {pending ? "Queuing…" : "Render PDF"}
      </Button>
    </form>
  );
}
