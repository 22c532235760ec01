"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FieldError, Input, Label } from "@/components/ui/input";
import type { ActionResult } from "@/lib/auth/action";

type Props = {
  /** What must be typed to enable the button: the user's e-mail address, or a phrase. */
  confirmation: string;
  remove: (input: { confirm: string }) => Promise<ActionResult<{ deleted: boolean }>>;
};

/** Typed confirmation, because deleting an account cannot be undone. */
export function DeleteAccountForm({ confirmation, remove }: Props) {
  const [typed, setTyped] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [pending, startTransition] = useTransition();
  const matches = typed.trim().toLowerCase() === confirmation.toLowerCase();

  return (
    <form
      aria-label="Delete account"
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        setError(undefined);
        // On success the action signs out and redirects; only failures come back.
        startTransition(async () => {
          const result = await remove({ confirm: typed });
          if (!result.ok) setError(result.fieldErrors?.confirm ?? result.error);
        });
      }}
    >
      <div>
        <Label htmlFor="confirm-delete">
          Type <span className="font-mono">{confirmation}</span> to confirm
        </Label>
        <Input id="confirm-delete" autoComplete="off" value={typed} onChange={(e) => setTyped(e.target.value)} />
        <FieldError message={error} />
      </div>
      <Button type="submit" variant="danger" disabled={!matches || pending}>
        {pending ? "Deleting…" : "Delete account"}
      </Button>
    </form>
  );
}
