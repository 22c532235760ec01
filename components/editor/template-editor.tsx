"use client";

import { redo, undo } from "@codemirror/commands";
import type { EditorView } from "@uiw/react-codemirror";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState, useTransition, type ReactNode } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { ActionResult } from "@/lib/auth/action";
import { CanvasEditor } from "./canvas/canvas-editor";
import { minimalChange, revealLine } from "./canvas/text-sync";
import { DiagnosticsList } from "./diagnostics-list";
import { DocumentOutline } from "./document-outline";
import { FullCheckStatus } from "./full-check-status";
import { PreviewPane } from "./preview-pane";
import { PROFILE_OPTIONS, ProfilePicker } from "./profile-picker";
import { ReferencePanel } from "./reference-panel";
import { useFullCheck } from "./use-full-check";
import type { Validation } from "@/lib/templates";
import { YamlEditor } from "./yaml-editor";

type Changes = { template_yaml?: string; device_profile?: string };

type Props = {
  project: { id: string; deviceProfile: string; templateYaml: string };
  save: (input: { id: string; changes: Changes }) => Promise<ActionResult<{ id: string }>>;
  /** The job system's render button; it renders the saved project. */
  renderButton?: ReactNode;
};

const SIDE_TABS = ["Preview", "Canvas", "Reference"] as const;

// The built-in registry is browser-safe data (the validator bundles it anyway), so no fetch is needed.

export function TemplateEditor({ project, save, renderButton }: Props) {
  const router = useRouter();
  const [yaml, setYaml] = useState(project.templateYaml);
  const [profile, setProfile] = useState(project.deviceProfile);
  const [saved, setSaved] = useState({ yaml: project.templateYaml, profile: project.deviceProfile });
  const [validation, setValidation] = useState<Validation | null>(null);
  const [checkedYaml, setCheckedYaml] = useState<string | null>(null);
  const [side, setSide] = useState<(typeof SIDE_TABS)[number]>("Preview");
  const [saving, startSaving] = useTransition();
  const view = useRef<EditorView | null>(null);

  const dirty = yaml !== saved.yaml || profile !== saved.profile;
  // A large project that passed the quick check is compiled in a worker; its diagnostics replace the quick ones.
  const pending = validation?.fullCheck;
  const fullCheck = useFullCheck(pending && checkedYaml !== null ? { yaml: checkedYaml, profile, pages: pending.pages } : null);
  const diagnostics = fullCheck.status === "done" ? fullCheck.diagnostics : (validation?.diagnostics ?? []);
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  // Results describe the text they were computed for; until the next check the list may be stale.
  const checking = checkedYaml !== yaml;

  const onValidated = useCallback((v: Validation, text: string) => {
    // While the YAML does not parse there is no summary; keep showing the last masters and plan.
    setValidation((prev) => (v.summary || !prev?.summary ? v : { ...v, summary: prev.summary }));
    setCheckedYaml(text);
  }, []);

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const doSave = useCallback(() => {
    const changes = { template_yaml: yaml, device_profile: profile };
    startSaving(async () => {
      const result = await save({ id: project.id, changes });
      if (!result.ok) {
        toast.error(Object.values(result.fieldErrors ?? {})[0] ?? result.error);
        return;
      }
      setSaved({ yaml: changes.template_yaml, profile: changes.device_profile });
      toast.success(errors > 0 ? "Saved — the template still has errors" : "Template saved");
      router.refresh();
    });
  }, [yaml, profile, save, project.id, errors, router]);

  // Canvas edits go through CodeMirror, so one undo history covers the canvas and the text.
  const applyEdit = useCallback((next: string) => {
    const v = view.current;
    if (!v) return setYaml(next);
    v.dispatch({ changes: minimalChange(v.state.doc.toString(), next), userEvent: "input.canvas" });
  }, []);

  const jump = useCallback((line: number, column: number) => {
    const v = view.current;
    if (!v) return;
    const l = v.state.doc.line(Math.min(Math.max(line, 1), v.state.doc.lines));
    v.dispatch({ selection: { anchor: Math.min(l.from + column - 1, l.to) }, scrollIntoView: true });
    v.focus();
  }, []);

  return (
    <section
      aria-label="Template editor"
      onKeyDown={(e) => {
        if ((e.metaKey || e.ctrlKey) && e.key === "s") {
          e.preventDefault();
          if (dirty && !saving) doSave();
        }
      }}
    >
      <div className="mb-3 flex flex-wrap items-center gap-3">
        <ProfilePicker profiles={PROFILE_OPTIONS} value={profile} onChange={setProfile} />
        <span className="text-xs text-stone-500 dark:text-stone-400" aria-live="polite">
          {dirty ? "Unsaved changes" : "All changes saved"}
        </span>
        <div className="ml-auto flex items-center gap-2">
          <Button onClick={doSave} disabled={!dirty || saving} variant={dirty ? "primary" : "secondary"}>
            {saving ? "Saving…" : "Save"}
          </Button>
          {renderButton}
        </div>
      </div>
      {dirty && renderButton ? <p className="mb-2 text-xs text-amber-700 dark:text-amber-400">Render PDF uses the saved version; save first to include your edits.</p> : null}
      <div className="mb-4">
        <DocumentOutline summary={validation?.summary} onJump={(line) => jump(line, 1)} />
      </div>
      <div className={cn("grid gap-6", side === "Canvas" ? "lg:grid-cols-[minmax(0,0.8fr)_minmax(0,1.35fr)]" : "lg:grid-cols-[minmax(0,1.15fr)_minmax(0,1fr)]")}>
        <div>
          <YamlEditor
            value={yaml}
            onChange={setYaml}
            profile={profile}
            onValidated={onValidated}
            onReady={(v) => {
              view.current = v;
            }}
            fullDiagnostics={fullCheck.status === "done" ? { text: fullCheck.yaml, diagnostics: fullCheck.diagnostics } : undefined}
          />
          <DiagnosticsList diagnostics={diagnostics} onJump={jump} checking={checking || fullCheck.status === "checking"} />
          <FullCheckStatus check={fullCheck} />
        </div>
        <div>
          <div role="tablist" aria-label="Side panel" className="mb-3 flex gap-1">
            {SIDE_TABS.map((t) => (
              <button
                key={t}
                role="tab"
                type="button"
                aria-selected={side === t}
                onClick={() => setSide(t)}
                className={cn(
                  "rounded-md px-3 py-1.5 text-sm font-medium",
                  side === t ? "bg-stone-200 dark:bg-stone-800" : "text-stone-600 hover:bg-stone-100 dark:text-stone-400 dark:hover:bg-stone-800",
                )}
              >
                {t}
              </button>
            ))}
          </div>
          {/* Both stay mounted so the preview keeps refreshing while the reference is open. */}
          <div hidden={side !== "Preview"}>
            {/* A render would only repeat a running full check, and fail wherever it finds errors. */}
            <PreviewPane yaml={yaml} profile={profile} renderable={!checking && fullCheck.status !== "checking" && errors === 0} onJump={jump} />
          </div>
          {side === "Canvas" ? (
            <CanvasEditor
              yaml={yaml}
              profile={profile}
              renderable={!checking && fullCheck.status !== "checking" && errors === 0}
              diagnostics={diagnostics}
              onEdit={applyEdit}
              onUndo={() => view.current && undo(view.current)}
              onRedo={() => view.current && redo(view.current)}
              onJump={(line) => revealLine(view.current, line)}
            />
          ) : null}
          <div hidden={side !== "Reference"}>
            <ReferencePanel />
          </div>
        </div>
      </div>
    </section>
  );
}
