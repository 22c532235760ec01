import { requireUser } from "@/lib/auth/current-user";
import { HeaderBar } from "@/components/layout/header-bar";
import { NavLinks } from "@/components/layout/nav-links";
import { ThemeToggle } from "@/components/layout/theme-toggle";
import { UserMenu } from "@/components/layout/user-menu";

// Everything under (app) needs a signed-in user; pages and actions still check again themselves.
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  return (
    <div className="min-h-screen">
      <HeaderBar home="/projects">
        <NavLinks />
        <div className="ml-auto flex items-center gap-2">
          <ThemeToggle />
          <UserMenu user={user} />
        </div>
      </HeaderBar>
      <main className="mx-auto max-w-6xl px-4 py-8">{children}</main>
    </div>
  );
}
