"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";

const GROUPS = [
  {
    title: "Settings",
    links: [
      { href: "/settings/device", label: "Device" },
      { href: "/settings/account", label: "Account" },
      { href: "/settings/notifications", label: "Notifications" },
      { href: "/settings/outbox", label: "Outbox" },
      { href: "/settings/usage", label: "Usage" },
    ],
  },
  {
    title: "Developer",
    links: [
      { href: "/settings/api-tokens", label: "API tokens" },
      { href: "/settings/assets", label: "Assets" },
      { href: "/settings/webhooks", label: "Webhooks" },
      { href: "/api-reference", label: "API reference" },
    ],
  },
];

export function SettingsNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Settings" className="flex flex-wrap gap-x-4 gap-y-1 text-sm md:flex-col md:gap-5">
      {GROUPS.map((g) => (
        <div key={g.title} className="flex flex-wrap items-center gap-1 md:flex-col md:flex-nowrap md:items-stretch">
          <p className="hidden px-3 pb-1 text-xs font-semibold uppercase tracking-wide text-stone-600 md:block dark:text-stone-400">
            {g.title}
          </p>
          {g.links.map((l) => (
            <Link
              key={l.href}
              href={l.href}
              aria-current={pathname === l.href ? "page" : undefined}
              className={cn(
                "whitespace-nowrap rounded-md px-3 py-1.5 font-medium",
                pathname === l.href
                  ? "bg-stone-200 dark:bg-stone-800"
                  : "text-stone-700 hover:bg-stone-100 dark:text-stone-300 dark:hover:bg-stone-800",
              )}
            >
              {l.label}
            </Link>
          ))}
        </div>
      ))}
    </nav>
  );
}
