// The bar at the top of every signed-in and docs page: brand link on the left, children after it.
import Link from "next/link";

export function HeaderBar({ home, children }: { home: string; children: React.ReactNode }) {
  return (
    <header className="border-b border-stone-200 bg-white/80 backdrop-blur dark:border-stone-800 dark:bg-stone-900/80">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-4 px-4 py-3">
        <Link href={home} className="text-lg font-semibold tracking-tight text-brand">
          Inkset
        </Link>
        {children}
      </div>
    </header>
  );
}
