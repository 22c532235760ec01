"use client";

import { useState, useTransition } from "react";
import { toast } from "sonner";
import type { ActionResult } from "@/lib/auth/action";

type Props = {
  initial: boolean;
  save: (input: { notify_email: boolean }) => Promise<ActionResult<{ notify_email: boolean }>>;
};

/** The account-wide "e-mail me when a job finishes" switch; saved as soon as it changes. */
export function NotifyEmailToggle({ initial, save }: Props) {
  const [on, setOn] = useState(initial);
  const [pending, startTransition] = useTransition();
  function toggle() {
    const next = !on;
    setOn(next);
    startTransition(async () => {
      const r = await save({ notify_email: next });
      if (!r.ok) {
        setOn(!next);
        return void toast.error(r.error);
      }
      toast.success(next ? "You will get an e-mail when a job finishes" : "Job e-mails turned off");
    });
  }
  return (
    <div className="flex items-start justify-between gap-6">
      <div>
        <p id="notify-email-label" className="font-medium">
          E-mail me when a job finishes
        </p>
        <p id="notify-email-help" className="mt-1 text-sm text-stone-600 dark:text-stone-400">
          A mail when a render completes (with a download link that works for 3 days) or fails. A render form&apos;s own box, or
          <code className="mx-1">notify_email</code>in the API, decides for that job.
        </p>
      </div>
      <button
        type="button"
        role="switch"
        aria-checked={on}
        aria-labelledby="notify-email-label"
        aria-describedby="notify-email-help"
        disabled={pending}
        onClick={toggle}
        className="relative mt-1 inline-flex h-6 w-11 shrink-0 items-center rounded-full bg-stone-300 transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand disabled:opacity-60 aria-checked:bg-brand dark:bg-stone-700"
      >
        <span
          aria-hidden
          className={`inline-block h-5 w-5 rounded-full bg-white shadow transition-transform ${on ? "translate-x-5" : "translate-x-0.5"}`}
        />
      </button>
    </div>
  );
}
