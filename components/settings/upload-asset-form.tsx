"use client";

import { useState, useTransition, type FormEvent } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { FieldError, Input, Label } from "@/components/ui/input";
import type { ActionResult } from "@/lib/auth/action";

type Props = {
  upload: (form: FormData) => Promise<ActionResult<{ id: string; name: string }>>;
  maxMb: number;
};

export function UploadAssetForm({ upload, maxMb }: Props) {
  const [pending, startTransition] = useTransition();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);

  // Not `<form action>`: React would reset the form after a failed upload. The element comes from the
  // event (not a ref) so the form can be cleared once the upload succeeds.
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const file = form.get("file");
    // Checked here too: the server refuses it anyway, but only after the whole file has been sent.
    if (file instanceof File && file.size > maxMb * 1024 * 1024) {
      setError(`The file is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is ${maxMb} MB`);
      return;
    }
    startTransition(async () => {
      let result: Awaited<ReturnType<typeof upload>>;
      try {
        result = await upload(form);
      } catch {
        result = { ok: false, error: "The upload failed; check your connection and try again." };
      }
      if (!result.ok) {
        setErrors(result.fieldErrors ?? {});
        setError(result.error);
        return;
      }
      setErrors({});
      setError(null);
      formElement.reset();
      toast.success(`Uploaded asset:${result.data.name}`);
    });
  }

  return (
    <form onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-[2fr_2fr_auto] sm:items-end" aria-label="Upload an asset">
      <div>
        <Label htmlFor="asset-file">Image (PNG or JPEG)</Label>
        <Input id="asset-file" name="file" type="file" required accept="image/png,image/jpeg" />
        <FieldError message={errors.file} />
      </div>
      <div>
        <Label htmlFor="asset-name">Name (optional)</Label>
        <Input id="asset-name" name="name" maxLength={100} placeholder="defaults to the file name" />
        <FieldError message={errors.name} />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Uploading…" : "Upload"}
      </Button>
      {error ? (
        <p role="alert" className="text-sm text-red-600 sm:col-span-3 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </form>
  );
}
