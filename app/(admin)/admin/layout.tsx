import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { AppShell } from "@/components/layout/app-shell";
import { requireAdmin } from "@/lib/auth/current-user";

export const metadata: Metadata = { robots: { index: false } };

// Operators only: for anyone else, signed out included, /admin/* does not exist (404, never a redirect
// to sign-in that would tell them it is there). Each page and action checks again.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requireAdmin();
  return (
    <AppShell user={user}>
      <div className="grid gap-6 md:grid-cols-[12rem_minmax(0,1fr)]">
        <AdminNav />
        <div className="min-w-0">{children}</div>
      </div>
    </AppShell>
  );
}
