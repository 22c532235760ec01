"use client";

import { useTransition } from "react";
import { toast } from "sonner";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/auth/action";

export type ExampleSummary = {
  id: string;
  title: string;
  description: string;
  category: string;
  kind: "template" | "project";
  profile: string;
};

type Props = {
  example: ExampleSummary;
  /** Creates the project and redirects to it; only failures come back as a result. */
  start: (input: { exampleId: string }) => Promise<ActionResult<never>>;
};

export function ExampleCard({ example, start }: Props) {
  const [pending, startTransition] = useTransition();
  const headingId = `example-${example.id}`;
  return (
    <article
      aria-labelledby={headingId}
      className="flex h-full flex-col rounded-lg border border-stone-200 bg-white p-5 shadow-sm dark:border-stone-800 dark:bg-stone-900"
    >
      <div className="mb-2 flex flex-wrap gap-1.5">
        <Badge tone="info">{example.category}</Badge>
        <Badge tone={example.kind === "project" ? "success" : "neutral"}>{example.kind}</Badge>
      </div>
      <h2 id={headingId} className="text-lg font-semibold">
        {example.title}
      </h2>
      <p className="mt-1 flex-1 text-sm text-stone-600 dark:text-stone-400">{example.description}</p>
      <p className="mt-3 text-xs text-stone-500 dark:text-stone-400">
        Device profile: <span className="font-mono">{example.profile}</span>
      </p>
      <Button
        className="mt-4"
        disabled={pending}
        aria-label={`Use this: ${example.title}`}
        onClick={() =>
          startTransition(async () => {
            const result = await start({ exampleId: example.id });
            // A successful start redirects, so only an error result reaches this line.
            if (!result.ok) toast.error(result.error);
          })
        }
      >
        {pending ? "Creating project…" : "Use this"}
      </Button>
    </article>
  );
}
