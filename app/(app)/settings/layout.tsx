import { SettingsNav } from "@/components/settings/settings-nav";

/** Settings: the user's own preferences first, then developer settings (API tokens, assets, webhooks). */
export default function SettingsLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="grid gap-6 md:grid-cols-[12rem_minmax(0,1fr)]">
      <SettingsNav />
      <div className="min-w-0">{children}</div>
    </div>
  );
}
