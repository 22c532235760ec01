"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import { readRenderOptions, RenderOptionsFields } from "@/components/jobs/render-options-fields";
import { Button } from "@/components/ui/button";
import { keepInput } from "@/components/ui/keep-input";
import type { ActionResult } from "@/lib/auth/action";
import type { RenderOptionsInput } from "@/lib/jobs/schema";
import { PROFILE_OPTIONS, ProfilePicker } from "./profile-picker";

export type RenderProject = (input: { projectId: string; render_options?: RenderOptionsInput }) => Promise<ActionResult<{ jobId: string }>>;

type Props = {
  projectId: string;
  profile: string;
  onProfile: (id: string) => void;
  dirty: boolean;
  saving: boolean;
  errors: number;
  warnings: number;
  /** Saves the editor's text; resolves false when the save failed (its toast already said why). */
  save: () => Promise<boolean>;
  /** The jobs page's server action that queues a render of the saved project. */
  renderProject: RenderProject;
};

/**
 * The editor's one row of actions: device, save state, Save, and Render, which becomes
 * "Save and render" with unsaved edits so a PDF never silently uses an older text.
 */
export function EditorToolbar({ projectId, profile, onProfile, dirty, saving, errors, warnings, save, renderProject }: Props) {
  const router = useRouter();
  const [rendering, startRender] = useTransition();

  function render(form: FormData) {
    const options = readRenderOptions(form);
    if (!options.ok) return void toast.error(options.error);
    startRender(async () => {
      if (dirty && !(await save())) return;
      const result = await renderProject({ projectId, render_options: options.options });
      if (!result.ok) return void toast.error(result.error);
      toast.success("Render queued");
      router.push(`/jobs/${result.data.jobId}`);
    });
  }

  const status = saving ? "Saving…" : dirty ? "Unsaved changes · draft kept in this browser" : "All changes saved";
  return (
    <div className="mb-3 flex flex-wrap items-center gap-x-3 gap-y-2">
      <ProfilePicker profiles={PROFILE_OPTIONS} value={profile} onChange={onProfile} />
      <span className="text-xs text-stone-600 dark:text-stone-400" aria-live="polite" data-testid="save-state">
        {status}
      </span>
      <form onSubmit={keepInput(render)} className="ml-auto flex items-center gap-2">
        <Button onClick={() => void save()} disabled={!dirty || saving} variant="secondary">
          {saving ? "Saving…" : "Save"}
        </Button>
        <RenderOptionsFields floating />
        <Button type="submit" disabled={rendering || saving || errors > 0} title={errors > 0 ? "Fix the errors first" : undefined}>
          {rendering ? "Queuing…" : dirty ? "Save and render" : "Render PDF"}
        </Button>
      </form>
      {warnings > 0 && errors === 0 ? (
        <p className="w-full text-xs text-amber-800 dark:text-amber-300">
          {warnings} warning{warnings === 1 ? "" : "s"}: the PDF renders, but check the list under the editor.
        </p>
      ) : null}
    </div>
  );
}
