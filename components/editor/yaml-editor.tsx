"use client";

import { yaml as yamlLanguage } from "@codemirror/lang-yaml";
import { forceLinting, linter, lintGutter, setDiagnostics, type Diagnostic as EditorDiagnostic } from "@codemirror/lint";
import CodeMirror, { Compartment, EditorView, Facet, type Text } from "@uiw/react-codemirror";
import { useDark } from "@/components/layout/use-dark";
import { useEffect, useRef, useState } from "react";
import type { Diagnostic } from "@/lib/templates";
import { validateDocument, type Validation } from "@/lib/templates";

/** Pause in typing before the document is validated again. */
export const VALIDATE_DELAY_MS = 300;

/**
 * Our diagnostics (1-based line/column) → CodeMirror ranges: from the column to the end of the line,
 * or the whole line when the column is at or past its end (an empty range would not be underlined).
 */
export function toEditorDiagnostics(diagnostics: readonly Diagnostic[], doc: Text): EditorDiagnostic[] {
  return diagnostics.map((d) => {
    const line = doc.line(Math.min(Math.max(d.line ?? 1, 1), doc.lines));
    const at = line.from + Math.max((d.column ?? 1) - 1, 0);
    return {
      from: at < line.to ? at : line.from,
      to: line.to,
      severity: d.severity,
      source: d.code,
      message: `${d.path}: ${d.message}`,
    };
  });
}

type ValidationConfig = { profile: string; onValidated: (validation: Validation, text: string) => void };

// The profile and the callback live in editor state (swapped through a compartment), so the lint
// source is a plain function of the view and the extensions never change identity.
const validationConfig = Facet.define<ValidationConfig, ValidationConfig | undefined>({ combine: (values) => values.at(-1) });

// Validation runs as the lint source, so CodeMirror's debounce drives both the markers and the list.
const validationLinter = linter(
  (view) => {
    const config = view.state.facet(validationConfig);
    const text = view.state.doc.toString();
    const validation = validateDocument(text, config?.profile);
    config?.onValidated(validation, text);
    return toEditorDiagnostics(validation.diagnostics, view.state.doc);
  },
  { delay: VALIDATE_DELAY_MS },
);

type Props = {
  value: string;
  onChange: (value: string) => void;
  /** The device profile constraints are checked against. */
  profile: string;
  /** Called with each validation and the text it checked, after the pause that updates the markers. */
  onValidated: (validation: Validation, text: string) => void;
  /** Receives the view so the diagnostics list can move the cursor to a line. */
  onReady?: (view: EditorView) => void;
  /** A later, fuller check of `text` (a large project's compile): replaces the markers while the text is unchanged. */
  fullDiagnostics?: { text: string; diagnostics: readonly Diagnostic[] };
};

export function YamlEditor({ value, onChange, profile, onValidated, onReady, fullDiagnostics }: Props) {
  const dark = useDark();
  const view = useRef<EditorView | null>(null);
  const [compartment] = useState(() => new Compartment());
  const [extensions] = useState(() => [
    yamlLanguage(),
    lintGutter(),
    validationLinter,
    compartment.of(validationConfig.of({ profile, onValidated })),
    EditorView.lineWrapping,
    // A name for screen readers, and an explicit tab stop so the scrolling frame counts as reachable.
    EditorView.contentAttributes.of({ "aria-label": "Template YAML", tabindex: "0" }),
  ]);

  useEffect(() => {
    const v = view.current;
    if (!v) return;
    v.dispatch({ effects: compartment.reconfigure(validationConfig.of({ profile, onValidated })) });
    // Constraint checks depend on the profile, so a new profile re-runs the validator at once.
    forceLinting(v);
  }, [compartment, profile, onValidated]);

  const fullText = fullDiagnostics?.text;
  const full = fullDiagnostics?.diagnostics;
  useEffect(() => {
    const v = view.current;
    // Once the text changes the linter runs again and its quick check replaces these markers.
    if (!v || full === undefined || v.state.doc.toString() !== fullText) return;
    v.dispatch(setDiagnostics(v.state, toEditorDiagnostics(full, v.state.doc)));
  }, [fullText, full]);

  return (
    <CodeMirror
      value={value}
      onChange={onChange}
      extensions={extensions}
      theme={dark ? "dark" : "light"}
      height="100%"
      // Desktop: as tall as the window allows below the toolbar; phones: most of the screen.
      className="h-[60dvh] overflow-hidden rounded-md border border-stone-300 text-sm lg:h-[calc(100dvh-15rem)] lg:min-h-[28rem] dark:border-stone-700"
      onCreateEditor={(v) => {
        view.current = v;
        onReady?.(v);
      }}
      basicSetup={{ foldGutter: true, highlightActiveLine: true, autocompletion: false }}
    />
  );
}
