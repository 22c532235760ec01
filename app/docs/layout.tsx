import Link from "next/link";
import { HeaderBar } from "@/components/layout/header-bar";
import { ThemeToggle } from "@/components/layout/theme-toggle";
import { DOCS_BASE } from "@/lib/docs/sections";
import "./docs.css";

// Public: the reference is readable without an account (the README and the editor link here).
export default function DocsLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="min-h-screen">
      <HeaderBar home="/">
        <Link href={DOCS_BASE} className="text-sm font-medium text-stone-700 hover:text-stone-950 dark:text-stone-300 dark:hover:text-white">
          Template language
        </Link>
        <div className="ml-auto flex items-center gap-2">
          <Link href="/projects" className="rounded-md px-2 py-1 text-sm text-stone-600 hover:bg-stone-100 dark:text-stone-300 dark:hover:bg-stone-800">
            Projects
          </Link>
          <ThemeToggle />
        </div>
      </HeaderBar>
      {children}
    </div>
  );
}
