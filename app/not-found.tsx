import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-md px-4 py-24 text-center">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-2 text-stone-600 dark:text-stone-400">This page does not exist, or it is not yours.</p>
      <Link href="/projects" className={`${buttonClass("secondary")} mt-6`}>
        Back to projects
      </Link>
    </main>
  );
}
