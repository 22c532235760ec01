"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { cn } from "@/components/ui/cn";

// Developer settings (API tokens, assets, webhooks) live under Settings, not here.
const LINKS = [
  { href: "/projects", label: "Projects" },
  { href: "/builder", label: "Builder" },
  { href: "/gallery", label: "Gallery" },
  { href: "/jobs", label: "Jobs" },
  { href: "/render", label: "Render YAML" },
  { href: "/docs/template-language", label: "Docs" },
];

const isActive = (pathname: string, href: string) => pathname === href || pathname.startsWith(`${href}/`);

/** The primary navigation: a row of links from `sm` up, a compact menu on phones. */
export function NavLinks() {
  const pathname = usePathname();
  const menu = useRef<HTMLDetailsElement>(null);
  // The layout survives client navigation, so the menu would stay open over the next page.
  useEffect(() => {
    if (menu.current) menu.current.open = false;
  }, [pathname]);
  const current = LINKS.find((l) => isActive(pathname, l.href));
  return (
    <>
      <nav aria-label="Main" className="hidden gap-1 md:flex">
        {LINKS.map((link) => (
          <NavLink key={link.href} href={link.href} label={link.label} active={isActive(pathname, link.href)} />
        ))}
      </nav>
      <details ref={menu} className="relative md:hidden">
        <summary className="flex cursor-pointer list-none items-center gap-1 rounded-md px-2 py-1.5 text-sm font-medium hover:bg-stone-100 dark:hover:bg-stone-800">
          <span aria-hidden>☰</span> {current?.label ?? "Menu"}
        </summary>
        <nav
          aria-label="Main"
          className="absolute left-0 z-30 mt-2 flex w-48 flex-col gap-0.5 rounded-md border border-stone-200 bg-white p-1.5 shadow-lg dark:border-stone-800 dark:bg-stone-900"
        >
          {LINKS.map((link) => (
            <NavLink key={link.href} href={link.href} label={link.label} active={isActive(pathname, link.href)} />
          ))}
          <NavLink href="/settings" label="Settings" active={isActive(pathname, "/settings")} />
        </nav>
      </details>
    </>
  );
}

function NavLink({ href, label, active }: { href: string; label: string; active: boolean }) {
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={cn(
        "rounded-md px-3 py-1.5 text-sm font-medium",
        active
          ? "bg-stone-200 text-stone-900 dark:bg-stone-800 dark:text-white"
          : "text-stone-700 hover:bg-stone-100 dark:text-stone-300 dark:hover:bg-stone-800",
      )}
    >
      {label}
    </Link>
  );
}
