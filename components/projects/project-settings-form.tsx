"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { keepInput } from "@/components/ui/keep-input";
import { FieldError, Input, Label } from "@/components/ui/input";
import type { ActionResult } from "@/lib/auth/action";

type Changes = { name?: string; description?: string };
type Props = {
  project: { id: string; name: string; description: string };
  update: (input: { id: string; changes: Changes }) => Promise<ActionResult<{ id: string }>>;
};

export function ProjectSettingsForm({ project, update }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [errors, setErrors] = useState<Record<string, string>>({});

  function submit(form: FormData) {
    const changes = { name: String(form.get("name") ?? ""), description: String(form.get("description") ?? "") };
    startTransition(async () => {
      const result = await update({ id: project.id, changes });
      if (!result.ok) {
        // Field paths arrive as `changes.name`; show them next to their inputs.
        const fields: Record<string, string> = {};
        for (const [path, message] of Object.entries(result.fieldErrors ?? {})) fields[path.replace(/^changes\./, "")] = message;
        setErrors(fields);
        toast.error(result.error);
        return;
      }
      setErrors({});
      toast.success("Project saved");
      router.refresh();
    });
  }

  return (
    <form onSubmit={keepInput(submit)} className="grid gap-3" aria-label="Project details">
      <div>
        <Label htmlFor="name">Name</Label>
        <Input id="name" name="name" defaultValue={project.name} required maxLength={100} />
        <FieldError message={errors.name} />
      </div>
      <div>
        <Label htmlFor="description">Description</Label>
        <Input id="description" name="description" defaultValue={project.description} maxLength={500} />
        <FieldError message={errors.description} />
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Updating…" : "Update details"}
      </Button>
    </form>
  );
}
