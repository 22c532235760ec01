"use client";

import { toast } from "sonner";
import { Button } from "@/components/ui/button";

export const copy = (text: string) =>
  navigator.clipboard.writeText(text).then(
    () => toast.success("Copied"),
    () => toast.error("Copy failed"),
  );

/** A just-made signing secret: shown in full once, with copy. */
export function SecretOnce({ secret, onDone }: { secret: string; onDone: () => void }) {
  return (
    <div role="status" className="rounded-md border border-emerald-300 bg-emerald-50 p-4 dark:border-emerald-800 dark:bg-emerald-950/40">
      <p className="text-sm font-medium">Copy the signing secret now. You can reveal it again from the endpoint later.</p>
      <div className="mt-2 flex flex-wrap gap-2">
        <code
          data-testid="endpoint-secret-once"
          className="min-w-0 flex-1 break-all rounded bg-white px-2 py-1 font-mono text-sm dark:bg-stone-900"
        >
          {secret}
        </code>
        <Button variant="secondary" size="sm" onClick={() => void copy(secret)}>
          Copy
        </Button>
        <Button variant="ghost" size="sm" onClick={onDone}>
          Done
        </Button>
      </div>
    </div>
  );
}
