"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { keepInput } from "@/components/ui/keep-input";
import { FieldError, Input, Label } from "@/components/ui/input";
import type { ActionResult } from "@/lib/auth/action";

type Props = {
  create: (input: { name: string; description?: string }) => Promise<ActionResult<{ id: string }>>;
};

export function CreateProjectForm({ create }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [errors, setErrors] = useState<Record<string, string>>({});

  function submit(form: FormData) {
    startTransition(async () => {
      const result = await create({
        name: String(form.get("name") ?? ""),
        description: String(form.get("description") ?? ""),
      });
      if (!result.ok) {
        setErrors(result.fieldErrors ?? {});
        toast.error(result.error);
        return;
      }
      setErrors({});
      toast.success("Project created");
      router.push(`/projects/${result.data.id}`);
    });
  }

  return (
    <form onSubmit={keepInput(submit)} className="grid gap-3 sm:grid-cols-[1fr_2fr_auto] sm:items-end" aria-label="New project">
      <div>
        <Label htmlFor="project-name">Name</Label>
        <Input id="project-name" name="name" required maxLength={100} placeholder="2027 planner" />
        <FieldError message={errors.name} />
      </div>
      <div>
        <Label htmlFor="project-description">Description</Label>
        <Input id="project-description" name="description" maxLength={500} placeholder="Optional" />
        <FieldError message={errors.description} />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create project"}
      </Button>
    </form>
  );
}
