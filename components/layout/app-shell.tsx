import Link from "next/link";
import { LogoMark } from "@/components/layout/logo";
import { NavLinks } from "@/components/layout/nav-links";
import { ThemeToggle } from "@/components/layout/theme-toggle";
import { UserMenu } from "@/components/layout/user-menu";

/** The signed-in frame: skip link, header with navigation and the user menu, and the page. */
export function AppShell({ user, children }: { user: React.ComponentProps<typeof UserMenu>["user"]; children: React.ReactNode }) {
  return (
    <div className="min-h-screen">
      <a href="#main" className="skip-link fixed left-2 top-2 z-50 rounded-md bg-brand px-3 py-2 text-sm font-medium text-white">
        Skip to content
      </a>
      <header className="sticky top-0 z-20 border-b border-stone-200 bg-white/90 backdrop-blur dark:border-stone-800 dark:bg-stone-900/90">
        <div className="mx-auto flex max-w-7xl items-center gap-2 px-4 py-2 sm:gap-4">
          <Link
            href="/projects"
            className="flex shrink-0 items-center gap-2 text-lg font-semibold tracking-tight"
            aria-label="Inkset, projects"
          >
            <LogoMark />
            <span className="hidden sm:inline">Inkset</span>
          </Link>
          <NavLinks />
          <div className="ml-auto flex items-center gap-1">
            <ThemeToggle />
            <UserMenu user={user} />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-7xl px-4 py-6 outline-none sm:py-8">
        {children}
      </main>
    </div>
  );
}
