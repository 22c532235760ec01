import Link from "next/link";
import { redirect } from "next/navigation";
import { buttonClass } from "@/components/ui/button";
import { currentUser } from "@/lib/auth/current-user";

export default async function Home() {
  if (await currentUser()) redirect("/projects");
  return (
    <main className="mx-auto max-w-3xl px-4 py-24">
      <p className="text-sm font-semibold uppercase tracking-wider text-brand">Inkset</p>
      <h1 className="mt-2 text-4xl font-semibold tracking-tight">Hyperlinked planners for e-ink tablets</h1>
      <p className="mt-4 text-lg text-stone-600 dark:text-stone-400">
        Pick your tablet — Boox, reMarkable, Supernote, Kindle Scribe — choose your pages and a theme, and get a PDF planner where every
        day, week and month links to the others. No code needed; YAML templates and a REST API are there when you want them.
      </p>
      <div className="mt-8 flex gap-3">
        <Link href="/sign-in" className={buttonClass("primary")}>
          Sign in
        </Link>
        <a href="#api" className={buttonClass("secondary")}>
          REST API
        </a>
      </div>
      <section id="api" className="mt-16 text-sm text-stone-600 dark:text-stone-400">
        <h2 className="mb-2 font-semibold text-stone-900 dark:text-stone-100">Automate it</h2>
        <p>Create a personal API token under Settings, then:</p>
        <pre className="mt-2 overflow-x-auto rounded-md bg-stone-900 p-3 text-stone-100">
          curl -H &quot;Authorization: Bearer $INKSET_TOKEN&quot; https://your-inkset-host/api/me
        </pre>
      </section>
    </main>
  );
}
