"use client";

import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/auth/action";

type Props = { jobId: string; asked: boolean; request: (input: { jobId: string }) => Promise<ActionResult<{ jobId: string }>> };

/** While a job runs: ask for the job-finished e-mail (with a share link), or say it is coming. */
export function EmailWhenDone({ jobId, asked: initial, request }: Props) {
  const [asked, setAsked] = useState(initial);
  const [pending, startTransition] = useTransition();
  if (asked) {
    return (
      <span className="self-center text-sm text-stone-600 dark:text-stone-400" data-testid="email-when-done">
        ✉ You&apos;ll get an e-mail
      </span>
    );
  }
  return (
    <Button
      variant="ghost"
      size="sm"
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          const r = await request({ jobId });
          if (!r.ok) return void toast.error(r.error);
          setAsked(true);
          toast.success("We'll e-mail you when it finishes");
        })
      }
    >
      E-mail me when done
    </Button>
  );
}
