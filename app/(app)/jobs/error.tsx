"use client";

import { Button } from "@/components/ui/button";

export default function JobsError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-6 dark:border-red-900 dark:bg-red-950/40">
      <h2 className="font-semibold text-red-900 dark:text-red-200">Jobs could not be loaded</h2>
      <p className="mt-1 text-sm text-red-800 dark:text-red-300">
        Your renders are safe; this page failed to load{error.digest ? ` (ref ${error.digest})` : ""}.
      </p>
      <Button className="mt-4" variant="secondary" onClick={reset}>
        Try again
      </Button>
    </div>
  );
}
