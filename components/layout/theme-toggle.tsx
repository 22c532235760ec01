"use client";

import { useTheme } from "next-themes";
import { useDark } from "./use-dark";

export function ThemeToggle() {
  const { setTheme } = useTheme();
  // The theme is only known in the browser; a stable label on the server.
  const dark = useDark();
  return (
    <button
      type="button"
      onClick={() => setTheme(dark ? "light" : "dark")}
      className="rounded-md px-2 py-1 text-sm text-stone-600 hover:bg-stone-100 dark:text-stone-300 dark:hover:bg-stone-800"
      aria-label={dark ? "Switch to light mode" : "Switch to dark mode"}
    >
      {dark ? "☀ Light" : "☾ Dark"}
    </button>
  );
}
