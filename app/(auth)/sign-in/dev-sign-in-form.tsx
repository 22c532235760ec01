"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FieldError, Input, Label } from "@/components/ui/input";
import { devSignInAction, type DevSignInState } from "./actions";

export function DevSignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState<DevSignInState, FormData>(devSignInAction, {});
  return (
    <form action={action} className="space-y-3" aria-label="Development sign-in">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div>
        <Label htmlFor="dev-email">E-mail</Label>
        <Input
          id="dev-email"
          name="email"
          type="email"
          required
          autoComplete="email"
          defaultValue={state.email}
          placeholder="you@example.com"
        />
      </div>
      <div>
        <Label htmlFor="dev-name">Name (optional)</Label>
        <Input id="dev-name" name="name" autoComplete="name" defaultValue={state.name} />
      </div>
      <FieldError message={state.error} />
      <Button type="submit" variant="secondary" className="w-full" disabled={pending}>
        {pending ? "Signing in…" : "Continue with development sign-in"}
      </Button>
    </form>
  );
}
