import Link from "next/link";
import { LogoMark } from "@/components/layout/logo";
import { ThemeToggle } from "@/components/layout/theme-toggle";
import { DOCS_BASE } from "@/lib/docs/sections";
import "./docs.css";

// Public: the reference is readable without an account (the README and the editor link here).
export default function DocsLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="min-h-screen">
      <header className="border-b border-stone-200 bg-white/90 backdrop-blur dark:border-stone-800 dark:bg-stone-900/90">
        <div className="mx-auto flex max-w-6xl items-center gap-3 px-4 py-2 sm:gap-4">
          <Link href="/" className="flex shrink-0 items-center gap-2 text-lg font-semibold tracking-tight" aria-label="Inkset, home">
            <LogoMark />
            <span className="hidden sm:inline">Inkset</span>
          </Link>
          <Link
            href={DOCS_BASE}
            className="text-sm font-medium text-stone-700 hover:text-stone-950 dark:text-stone-300 dark:hover:text-white"
          >
            Template language
          </Link>
          <div className="ml-auto flex items-center gap-1">
            <Link
              href="/projects"
              className="rounded-md px-2 py-1 text-sm text-stone-600 hover:bg-stone-100 dark:text-stone-300 dark:hover:bg-stone-800"
            >
              Projects
            </Link>
            <ThemeToggle />
          </div>
        </div>
      </header>
      <main id="main">{children}</main>
    </div>
  );
}
