"use client";

import { redo, undo } from "@codemirror/commands";
import type { EditorView } from "@uiw/react-codemirror";
import { useRouter } from "next/navigation";
import { useCallback, useRef, useState, useTransition } from "react";
import { toast } from "sonner";
import { cn } from "@/components/ui/cn";
import type { ActionResult } from "@/lib/auth/action";
import { CanvasMismatch } from "./canvas-mismatch";
import { DraftBanner } from "./draft-banner";
import { EditorToolbar, type RenderProject } from "./editor-toolbar";
import { CanvasEditor, type CanvasTarget } from "./canvas/canvas-editor";
import { minimalChange, revealLine } from "./canvas/text-sync";
import { DiagnosticsList } from "./diagnostics-list";
import { DocumentOutline } from "./document-outline";
import { FullCheckStatus } from "./full-check-status";
import { PreviewPane } from "./preview-pane";
import { ReferencePanel } from "./reference-panel";
import { useDraft } from "./use-draft";
import { useFullCheck } from "./use-full-check";
import { useUnsavedGuard } from "./use-unsaved-guard";
import type { Validation } from "@/lib/templates";
import { VersionHistory, type RestoreVersion } from "./version-history";
import { YamlEditor } from "./yaml-editor";

type Changes = { template_yaml?: string; device_profile?: string };

type Props = {
  project: { id: string; deviceProfile: string; templateYaml: string };
  save: (input: { id: string; changes: Changes }) => Promise<ActionResult<{ id: string }>>;
  /** Saves an old version again as the newest. */
  restore: RestoreVersion;
  renderProject: RenderProject;
  /** Open the canvas on this page (a link from a finished job's page view). */
  openPage?: number;
};

const SIDE_TABS = ["Preview", "Canvas", "Reference", "History"] as const;

// The built-in registry is browser-safe data (the validator bundles it anyway), so no fetch is needed.

export function TemplateEditor({ project, save, restore, renderProject, openPage }: Props) {
  const router = useRouter();
  const [yaml, setYaml] = useState(project.templateYaml);
  const [profile, setProfile] = useState(project.deviceProfile);
  const [saved, setSaved] = useState({ yaml: project.templateYaml, profile: project.deviceProfile });
  const [validation, setValidation] = useState<Validation | null>(null);
  const [checkedYaml, setCheckedYaml] = useState<string | null>(null);
  const [side, setSide] = useState<(typeof SIDE_TABS)[number]>(openPage ? "Canvas" : "Preview");
  // Where the canvas is sent: a page of the plan and, optionally, the widget (renderer's path) that drew it.
  const [canvasTarget, setCanvasTarget] = useState<CanvasTarget | null>(openPage ? { page: openPage, seq: 0 } : null);
  const [saving, startSaving] = useTransition();
  const [savedAt, setSavedAt] = useState(0);
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

  useUnsavedGuard(dirty);
  const drafts = useDraft(project.id, { yaml, profile }, saved);
  const warnings = diagnostics.filter((d) => d.severity === "warning").length;

  /** Resolves false when the save failed; the editor keeps the text either way. */
  const doSave = useCallback(
    () =>
      new Promise<boolean>((resolve) => {
        const changes = { template_yaml: yaml, device_profile: profile };
        startSaving(async () => {
          const result = await save({ id: project.id, changes });
          if (!result.ok) {
            toast.error(Object.values(result.fieldErrors ?? {})[0] ?? result.error);
            return resolve(false);
          }
          setSaved({ yaml: changes.template_yaml, profile: changes.device_profile });
          setSavedAt(Date.now());
          toast.success(errors > 0 ? "Saved — the template still has errors" : "Template saved");
          router.refresh();
          resolve(true);
        });
      }),
    [yaml, profile, save, project.id, errors, router],
  );

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
          if (dirty && !saving) void doSave();
        }
      }}
    >
      <EditorToolbar
        projectId={project.id}
        profile={profile}
        onProfile={setProfile}
        dirty={dirty}
        saving={saving}
        errors={errors}
        warnings={warnings}
        save={doSave}
        renderProject={renderProject}
      />
      <DraftBanner
        draft={drafts.draft}
        onRestore={(d) => {
          setYaml(d.yaml);
          setProfile(d.profile);
          drafts.dismiss();
        }}
        onDiscard={drafts.discard}
      />
      <CanvasMismatch yaml={yaml} profile={profile} onRefit={setYaml} />
      <div className="mb-4">
        <DocumentOutline summary={validation?.summary} onJump={(line) => jump(line, 1)} />
      </div>
      <div
        className={cn(
          "grid gap-6",
          side === "Canvas" ? "lg:grid-cols-[minmax(0,0.8fr)_minmax(0,1.35fr)]" : "lg:grid-cols-[minmax(0,1.15fr)_minmax(0,1fr)]",
        )}
      >
        {/* min-w-0: a long unbreakable word in the YAML must not widen the column past a phone's screen. */}
        <div className="min-w-0">
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
        <div className="min-w-0">
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
                  side === t
                    ? "bg-stone-200 dark:bg-stone-800"
                    : "text-stone-600 hover:bg-stone-100 dark:text-stone-400 dark:hover:bg-stone-800",
                )}
              >
                {t}
              </button>
            ))}
          </div>
          {/* The preview stays mounted (its page and thumbnails survive a look at the reference). */}
          <div hidden={side !== "Preview"}>
            {/* A render would only repeat a running full check, and fail wherever it finds errors. */}
            <PreviewPane
              yaml={yaml}
              profile={profile}
              renderable={!checking && fullCheck.status !== "checking" && errors === 0}
              visible={side === "Preview"}
              onJump={jump}
              onOpenCanvas={(page, path) => {
                setCanvasTarget((t) => ({ page, ...(path ? { path } : {}), seq: (t?.seq ?? 0) + 1 }));
                setSide("Canvas");
              }}
            />
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
              target={canvasTarget}
            />
          ) : null}
          <div hidden={side !== "Reference"}>
            <ReferencePanel />
          </div>
          {side === "History" ? (
            <VersionHistory
              projectId={project.id}
              current={yaml}
              dirty={dirty}
              savedAt={savedAt}
              restore={restore}
              onRestored={(text, device) => {
                setYaml(text);
                setProfile(device);
                setSaved({ yaml: text, profile: device });
              }}
            />
          ) : null}
        </div>
      </div>
    </section>
  );
}
