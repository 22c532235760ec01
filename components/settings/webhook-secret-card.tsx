"use client";

import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/auth/action";
import { SECRET_GRACE_HOURS } from "@/lib/webhooks/rotation";

type Props = {
  secret: string;
  createdAt: string;
  rotate: (input: Record<string, never>) => Promise<ActionResult<{ secret: string }>>;
};

/** The signing secret, hidden until asked for (it is a credential), with copy and rotate. */
export function WebhookSecretCard({ secret: initial, createdAt, rotate }: Props) {
  const [secret, setSecret] = useState(initial);
  const [shown, setShown] = useState(false);
  const [pending, startTransition] = useTransition();

  function rotateNow() {
    if (
      !window.confirm(
        `Rotate the secret? For ${SECRET_GRACE_HOURS} hours deliveries are signed with both the old and the new one; update your receivers within that time.`,
      )
    )
      return;
    startTransition(async () => {
      const result = await rotate({});
      if (!result.ok) {
        toast.error(result.error);
        return;
      }
      setSecret(result.data.secret);
      setShown(true);
      toast.success("Webhook secret rotated");
    });
  }

  return (
    <div className="space-y-3">
      <p className="text-sm text-stone-600 dark:text-stone-400">
        Signing secret, since <time dateTime={createdAt}>{new Date(createdAt).toLocaleDateString()}</time>
      </p>
      <div className="flex flex-wrap gap-2">
        <code
          data-testid="webhook-secret"
          className="min-w-0 flex-1 break-all rounded bg-stone-100 px-2 py-1 font-mono text-sm dark:bg-stone-900"
        >
          {shown ? secret : "whsec_" + "•".repeat(24)}
        </code>
        <Button variant="secondary" size="sm" onClick={() => setShown((s) => !s)}>
          {shown ? "Hide" : "Reveal"}
        </Button>
        <Button
          variant="secondary"
          size="sm"
          onClick={() =>
            navigator.clipboard.writeText(secret).then(
              () => toast.success("Copied"),
              () => toast.error("Copy failed"),
            )
          }
        >
          Copy
        </Button>
        <Button variant="secondary" size="sm" disabled={pending} onClick={rotateNow}>
          {pending ? "Rotating…" : "Rotate"}
        </Button>
      </div>
    </div>
  );
}
