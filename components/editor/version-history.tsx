"use client";

import { useCallback, useEffect, useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { LocalTime } from "@/components/jobs/local-time";
import type { ActionResult } from "@/lib/auth/action";
import type { VersionJson } from "@/lib/projects/serialize-version";
import { productName } from "@/lib/templates/profiles/product-names";
import { UNSAVED_MESSAGE } from "./use-unsaved-guard";
import { VersionDiff } from "./version-diff";

export type RestoreVersion = (input: {
  id: string;
  number: number;
}) => Promise<ActionResult<{ id: string; templateYaml: string; deviceProfile: string }>>;

type Props = {
  projectId: string;
  /** The editor's current text: the diff is against it. */
  current: string;
  dirty: boolean;
  /** Bumped after each save, so the list shows the new version. */
  savedAt: number;
  restore: RestoreVersion;
  onRestored: (yaml: string, profile: string) => void;
};

/** Every saved version, newest first: who and when, a diff against the editor, and restore. */
export function VersionHistory({ projectId, current, dirty, savedAt, restore, onRestored }: Props) {
  const [versions, setVersions] = useState<VersionJson[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<VersionJson | null>(null);
  const [restoring, startRestore] = useTransition();

  const load = useCallback(async () => {
    try {
      const res = await fetch(`/api/projects/${encodeURIComponent(projectId)}/versions?limit=100`, { cache: "no-store" });
      if (!res.ok) throw new Error(String(res.status));
      setVersions(((await res.json()) as { versions: VersionJson[] }).versions);
      setError(null);
    } catch {
      setError("Could not load the history. Check your connection and try again.");
    }
  }, [projectId]);

  // A fetch on opening and after each save; its state updates come after the response.
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useEffect(() => void load(), [load, savedAt]);

  async function show(v: VersionJson) {
    if (open?.number === v.number) return setOpen(null);
    const res = await fetch(`/api/projects/${encodeURIComponent(projectId)}/versions/${v.number}`, { cache: "no-store" });
    if (!res.ok) return void toast.error("Could not load that version.");
    setOpen((await res.json()) as VersionJson);
  }

  function doRestore(v: VersionJson) {
    if (dirty && !window.confirm(UNSAVED_MESSAGE)) return;
    startRestore(async () => {
      const result = await restore({ id: projectId, number: v.number });
      if (!result.ok) return void toast.error(result.error);
      onRestored(result.data.templateYaml, result.data.deviceProfile);
      setOpen(null);
      toast.success(`Version ${v.number} restored as the newest version`);
      await load();
    });
  }

  if (error)
    return (
      <p role="alert" className="text-sm text-red-700 dark:text-red-400">
        {error}
      </p>
    );
  if (!versions) return <p className="text-sm text-stone-600 dark:text-stone-400">Loading history…</p>;
  if (versions.length === 0)
    return <p className="text-sm text-stone-600 dark:text-stone-400">No saved versions yet. Each save adds one.</p>;
  const newest = versions[0]?.number;

  return (
    <section aria-label="Version history">
      <p className="mb-2 text-sm text-stone-600 dark:text-stone-400">
        Every save is a version. Open one to compare it with the editor, or restore it.
      </p>
      <ol className="divide-y divide-stone-200 rounded-md border border-stone-200 text-sm dark:divide-stone-800 dark:border-stone-800">
        {versions.map((v) => (
          <li key={v.number} data-testid="version-row">
            <button
              type="button"
              aria-expanded={open?.number === v.number}
              onClick={() => void show(v)}
              className={cn(
                "flex w-full flex-wrap items-baseline gap-x-2 px-3 py-2 text-left hover:bg-stone-50 dark:hover:bg-stone-800/60",
                open?.number === v.number && "bg-stone-50 dark:bg-stone-800/60",
              )}
            >
              <span className="font-medium">Version {v.number}</span>
              {v.number === newest ? <span className="text-xs text-brand">saved</span> : null}
              <span className="text-stone-600 dark:text-stone-400">
                <LocalTime iso={v.created_at} relative /> · {v.author ?? "a deleted user"}
              </span>
              <span className="w-full text-xs text-stone-600 dark:text-stone-400">
                {productName(v.device_profile)}
                {v.restored_from ? ` · restored from version ${v.restored_from}` : ""}
              </span>
            </button>
            {open?.number === v.number && open.template_yaml !== undefined ? (
              <div className="space-y-2 px-3 pb-3">
                <VersionDiff from={open.template_yaml} to={current} />
                {v.number !== newest || dirty ? (
                  <Button size="sm" variant="secondary" disabled={restoring} onClick={() => doRestore(v)}>
                    {restoring ? "Restoring…" : `Restore version ${v.number}`}
                  </Button>
                ) : null}
              </div>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
