import Link from "next/link";

const OPTIONS = [
  { href: "/builder", title: "Build a planner", body: "Answer a few questions (year, pages, week start) and get a hyperlinked planner." },
  {
    href: "/gallery",
    title: "Start from the gallery",
    body: "Year planners, notebooks, trackers and note pages, ready to render or change.",
  },
] as const;

/**
 * The first screen's way in: the planner builder (on the user's device) or a gallery example (absolutely
 * positioned for the tablet it names, so it keeps that page size; the promise says so).
 */
export function StartOptions({ device }: { device: string }) {
  return (
    <div>
      <p className="mb-3 text-sm text-stone-600 dark:text-stone-400">
        The builder and blank pages start sized for your <strong className="text-stone-900 dark:text-stone-100">{device}</strong>; gallery
        examples name the tablet they were laid out for.{" "}
        <Link href="/settings/device" className="text-brand underline-offset-2 hover:underline">
          Change device
        </Link>
      </p>
      <ul className="grid gap-3 sm:grid-cols-2">
        {OPTIONS.map((o) => (
          <li key={o.href}>
            <Link
              href={o.href}
              className="block h-full rounded-lg border border-stone-200 p-4 hover:border-brand hover:shadow-sm dark:border-stone-700"
            >
              <span className="block font-semibold">{o.title} →</span>
              <span className="mt-1 block text-sm text-stone-600 dark:text-stone-400">{o.body}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
