"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";

const LINKS = [
  { href: "/projects", label: "Projects" },
  { href: "/render", label: "Render" },
  { href: "/jobs", label: "Jobs" },
  { href: "/gallery", label: "Gallery" },
  { href: "/settings/api-tokens", label: "API tokens" },
  { href: "/settings/assets", label: "Assets" },
  { href: "/settings/webhooks", label: "Webhooks" },
  { href: "/settings/usage", label: "Usage" },
  { href: "/api-reference", label: "API" },
];

export function NavLinks() {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="flex flex-wrap gap-1">
      {LINKS.map((link) => {
        const active = pathname === link.href || pathname.startsWith(`${link.href}/`);
        return (
          <Link
            key={link.href}
            href={link.href}
            aria-current={active ? "page" : undefined}
            className={cn(
              "rounded-md px-3 py-1.5 text-sm font-medium",
              active
                ? "bg-stone-200 text-stone-900 dark:bg-stone-800 dark:text-white"
                : "text-stone-600 hover:bg-stone-100 dark:text-stone-400 dark:hover:bg-stone-800",
            )}
          >
            {link.label}
          </Link>
        );
      })}
    </nav>
  );
}
