"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";

const LINKS = [
  { href: "/admin", label: "Overview" },
  { href: "/admin/users", label: "Users" },
  { href: "/admin/jobs", label: "Active jobs" },
];

const isActive = (pathname: string, href: string) =>
  href === "/admin" ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);

/** The operator dashboard's sections, laid out like Settings: a column from `md` up, a row on phones. */
export function AdminNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Operator" className="flex flex-wrap gap-x-1 gap-y-1 text-sm md:flex-col">
      <p className="hidden px-3 pb-1 text-xs font-semibold uppercase tracking-wide text-stone-600 md:block dark:text-stone-400">Operator</p>
      {LINKS.map((l) => (
        <Link
          key={l.href}
          href={l.href}
          aria-current={isActive(pathname, l.href) ? "page" : undefined}
          className={cn(
            "whitespace-nowrap rounded-md px-3 py-1.5 font-medium",
            isActive(pathname, l.href)
              ? "bg-stone-200 dark:bg-stone-800"
              : "text-stone-700 hover:bg-stone-100 dark:text-stone-300 dark:hover:bg-stone-800",
          )}
        >
          {l.label}
        </Link>
      ))}
    </nav>
  );
}
