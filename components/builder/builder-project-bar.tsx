"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import { Button, buttonClass } from "@/components/ui/button";
import type { ActionResult } from "@/lib/auth/action";

type Props = {
  projectId: string;
  summary: string;
  nextYear: (input: { id: string }) => Promise<ActionResult<{ id: string }>>;
  eject: (input: { id: string; changes: { planner: null } }) => Promise<ActionResult<{ id: string }>>;
};

/** On a builder project: edit options, make next year's, or eject to hand-edited YAML. */
export function BuilderProjectBar({ projectId, summary, nextYear, eject }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const run = (fn: () => Promise<ActionResult<{ id: string }>>, done: (id: string) => void) =>
    startTransition(async () => {
      const r = await fn();
      if (!r.ok) return void toast.error(r.error);
      done(r.data.id);
    });
  return (
    <section
      aria-label="Planner builder"
      className="mb-6 rounded-lg border border-brand/30 bg-brand/5 p-4 dark:border-brand/40 dark:bg-brand/10"
    >
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="min-w-0">
          <p className="font-medium">Made with the planner builder</p>
          <p className="text-sm text-stone-700 dark:text-stone-300">{summary}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Link href={`/builder/${projectId}`} className={buttonClass("primary")}>
            Edit options
          </Link>
          <Button
            variant="secondary"
            disabled={pending}
            onClick={() =>
              run(
                () => nextYear({ id: projectId }),
                (id) => (toast.success("Next year's planner created"), router.push(`/projects/${id}`)),
              )
            }
          >
            Make next year&apos;s
          </Button>
          <Button
            variant="ghost"
            disabled={pending}
            onClick={() => {
              if (
                !window.confirm(
                  "Eject to YAML? The options are removed and the YAML becomes yours to edit; it will no longer be regenerated.",
                )
              )
                return;
              run(
                () => eject({ id: projectId, changes: { planner: null } }),
                () => (toast.success("Ejected: edit the YAML freely"), router.refresh()),
              );
            }}
          >
            Eject to YAML
          </Button>
        </div>
      </div>
      <p className="mt-2 text-xs text-stone-600 dark:text-stone-400">
        The YAML below is generated from the options. Changing the options regenerates it and replaces hand edits; saving an edit in the
        YAML editor ejects the project (the options are dropped, your YAML is kept).
      </p>
    </section>
  );
}
