import { requireUser } from "@/lib/auth/current-user";
import { AppShell } from "@/components/layout/app-shell";

// Everything under (app) needs a signed-in user; pages and actions still check again themselves.
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  return <AppShell user={await requireUser()}>{children}</AppShell>;
}
