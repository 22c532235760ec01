"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

export function UserMenu({ user }: { user: { name: string | null; email: string | null; plan: string; role: string } }) {
  const label = user.name || user.email || "Account";
  const menu = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();
  // The layout survives client navigation, so the menu would stay open over the next page.
  useEffect(() => {
    if (menu.current) menu.current.open = false;
  }, [pathname]);
  return (
    <details ref={menu} className="relative">
      <summary
        className="flex cursor-pointer list-none items-center gap-2 rounded-md px-2 py-1 text-sm hover:bg-stone-100 dark:hover:bg-stone-800"
        // The name includes the visible text (WCAG 2.5.3, label in name).
        aria-label={`User menu: ${label}`}
      >
        {/* The initial is drawn by CSS, so the visible text is the label alone (and the name contains it). */}
        <span
          className="grid size-7 place-items-center rounded-full bg-brand text-xs font-semibold text-white before:content-[attr(data-initial)]"
          data-initial={label.slice(0, 1).toUpperCase()}
          aria-hidden
        />
        <span className="hidden max-w-40 truncate lg:inline">{label}</span>
      </summary>
      <div className="absolute right-0 z-20 mt-2 w-56 rounded-md border border-stone-200 bg-white p-2 text-sm shadow-lg dark:border-stone-800 dark:bg-stone-900">
        <p className="truncate px-2 py-1 text-stone-600 dark:text-stone-400">{user.email}</p>
        <p className="px-2 pb-2 text-xs uppercase tracking-wide text-stone-600 dark:text-stone-400">{user.plan} plan</p>
        <Link href="/settings/device" className="block rounded px-2 py-1 hover:bg-stone-100 dark:hover:bg-stone-800">
          Settings
        </Link>
        <Link href="/settings/api-tokens" className="block rounded px-2 py-1 hover:bg-stone-100 dark:hover:bg-stone-800">
          Developer settings
        </Link>
        {/* Only operators see the way in; for everyone else /admin answers "not found". */}
        {user.role === "admin" ? (
          <Link href="/admin" className="block rounded px-2 py-1 hover:bg-stone-100 dark:hover:bg-stone-800">
            Operator dashboard
          </Link>
        ) : null}
        <Link href="/sign-out" className="block rounded px-2 py-1 hover:bg-stone-100 dark:hover:bg-stone-800">
          Sign out
        </Link>
      </div>
    </details>
  );
}
