"use client";

import { useTheme } from "next-themes";
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * Whether the page is in dark mode, for components that render differently by theme. The theme is only
 * known in the browser, so the server and the first client render say `false` (light) and the component
 * re-renders after hydration; reading `resolvedTheme` directly made React report a hydration mismatch
 * (the YAML editor's `cm-theme-dark` class) that it does not patch up.
 */
export function useDark(): boolean {
  const { resolvedTheme } = useTheme();
  const mounted = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  return mounted && resolvedTheme === "dark";
}
