import type { FailureCause } from "@/lib/admin/schema";
import { LocalTime } from "@/components/jobs/local-time";

/** The most frequent failure messages over the window, each with how often and when it was last seen. */
export function FailureCauses({ causes, days }: { causes: FailureCause[]; days: number }) {
  return (
    <section
      aria-labelledby="causes-title"
      className="mt-6 rounded-lg border border-stone-200 bg-white shadow-sm dark:border-stone-800 dark:bg-stone-900"
    >
      <div className="border-b border-stone-200 px-4 py-3 dark:border-stone-800">
        <h2 id="causes-title" className="font-medium">
          Top failure causes
        </h2>
        <p className="text-sm text-stone-600 dark:text-stone-400">
          Failed renders of the last {days} days, grouped by their error message.
        </p>
      </div>
      {causes.length === 0 ? (
        <p className="px-4 py-6 text-sm text-stone-600 dark:text-stone-400">No render failed in this window.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="text-xs uppercase tracking-wide text-stone-500 dark:text-stone-400">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">
                  Error
                </th>
                <th scope="col" className="px-4 py-2 text-right font-medium">
                  Failures
                </th>
                <th scope="col" className="hidden px-4 py-2 font-medium sm:table-cell">
                  Last seen
                </th>
              </tr>
            </thead>
            <tbody>
              {causes.map((c) => (
                <tr key={c.error} className="border-t border-stone-100 align-top dark:border-stone-800">
                  <td className="max-w-xl px-4 py-2 font-mono text-xs break-words">{c.error}</td>
                  <td className="px-4 py-2 text-right tabular-nums">{c.count.toLocaleString("en")}</td>
                  <td className="hidden whitespace-nowrap px-4 py-2 text-stone-600 sm:table-cell dark:text-stone-400">
                    <LocalTime iso={c.last_at} relative />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
