"use client";

import { useEffect, useRef } from "react";

export const UNSAVED_MESSAGE = "You have unsaved changes. Leave this page and lose them?";

/** Marks the extra history entry that catches the browser's Back button. */
const GUARD_KEY = "__inksetUnsavedGuard";

const onGuardEntry = () => (window.history.state as Record<string, unknown> | null)?.[GUARD_KEY] === true;

/** Adds a copy of the current entry (same URL, Next's router state kept) for Back to land on first. */
function pushGuardEntry() {
  window.history.pushState({ ...(window.history.state as object | null), [GUARD_KEY]: true }, "", window.location.href);
}

/**
 * While `dirty`: closing or reloading the tab asks the browser's own question, following an in-app
 * link asks ours (Next's client navigation never fires `beforeunload`), and so does the Back button:
 * a guard entry with the same URL is pushed on the first unsaved change, so Back first lands on the
 * real entry of this page, where we ask; "stay" pushes the guard again, "leave" goes back once more.
 */
export function useUnsavedGuard(dirty: boolean): void {
  const dirtyRef = useRef(dirty);
  // Whether the entry on screen is our guard entry (Back from it is the question's cue).
  const armed = useRef(false);

  useEffect(() => {
    dirtyRef.current = dirty;
    if (dirty && !armed.current && !onGuardEntry()) {
      pushGuardEntry();
      armed.current = true;
    }
  }, [dirty]);

  useEffect(() => {
    const popState = () => {
      if (onGuardEntry()) {
        armed.current = true; // Forward onto the guard again.
        return;
      }
      if (!armed.current) return;
      armed.current = false;
      // Back from the guard: saved in the meantime (nothing to lose) or the user chose to leave.
      if (!dirtyRef.current || window.confirm(UNSAVED_MESSAGE)) window.history.back();
      else {
        pushGuardEntry();
        armed.current = true;
      }
    };
    window.addEventListener("popstate", popState);
    return () => window.removeEventListener("popstate", popState);
  }, []);

  useEffect(() => {
    if (!dirty) return;
    const beforeUnload = (e: BeforeUnloadEvent) => e.preventDefault();
    const click = (e: MouseEvent) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const link = (e.target as Element | null)?.closest?.("a[href]");
      if (!(link instanceof HTMLAnchorElement) || link.target === "_blank" || link.hasAttribute("download")) return;
      const url = new URL(link.href, window.location.href);
      if (url.origin !== window.location.origin) return;
      if (url.pathname === window.location.pathname && url.search === window.location.search) return;
      if (!window.confirm(UNSAVED_MESSAGE)) {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", beforeUnload);
    // Capture phase: runs before Next's <Link> handler starts the client navigation.
    document.addEventListener("click", click, true);
    return () => {
      window.removeEventListener("beforeunload", beforeUnload);
      document.removeEventListener("click", click, true);
    };
  }, [dirty]);
}
