"use client";

import { useCallback, useEffect, useState } from "react";

/** Pause in typing before the draft is written to this browser's storage. */
const DRAFT_DELAY_MS = 800;

export type Draft = { yaml: string; profile: string; at: string };

const key = (projectId: string) => `inkset:draft:${projectId}`;

function readDraft(projectId: string): Draft | null {
  try {
    const raw = window.localStorage.getItem(key(projectId));
    const d = raw ? (JSON.parse(raw) as Partial<Draft>) : null;
    return d && typeof d.yaml === "string" && typeof d.profile === "string" && typeof d.at === "string" ? (d as Draft) : null;
  } catch {
    return null;
  }
}

/**
 * Autosaves unsaved edits to localStorage, so a crash, a closed tab or a lost session loses nothing.
 * On opening, a draft that differs from the saved project is offered (`draft`), never applied silently.
 * The draft is cleared once the edits are saved.
 */
export function useDraft(projectId: string, current: { yaml: string; profile: string }, saved: { yaml: string; profile: string }) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const dirty = current.yaml !== saved.yaml || current.profile !== saved.profile;

  useEffect(() => {
    const found = readDraft(projectId);
    // Storage exists only in the browser, so the draft is read after hydration, once.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (found && (found.yaml !== saved.yaml || found.profile !== saved.profile)) setDraft(found);
    // Only on opening (per project): later the draft is the user's own live text.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [projectId]);

  useEffect(() => {
    // While a found draft is offered, don't overwrite it with the unedited saved text.
    if (draft) return;
    const timer = setTimeout(() => {
      try {
        if (dirty) window.localStorage.setItem(key(projectId), JSON.stringify({ ...current, at: new Date().toISOString() }));
        else window.localStorage.removeItem(key(projectId));
      } catch {
        // Storage full or disabled: the editor still works, only without drafts.
      }
    }, DRAFT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [projectId, current, dirty, draft]);

  const discard = useCallback(() => {
    setDraft(null);
    try {
      window.localStorage.removeItem(key(projectId));
    } catch {}
  }, [projectId]);

  return { draft, dismiss: () => setDraft(null), discard };
}
