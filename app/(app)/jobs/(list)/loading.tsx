// Only the list: a loading boundary above /jobs/[id] would stream before notFound() and turn its 404 into a 200.
export default function JobsLoading() {
  return (
    <div aria-busy className="space-y-3">
      <div className="h-8 w-40 animate-pulse rounded bg-stone-200 dark:bg-stone-800" />
      <div className="h-64 animate-pulse rounded-lg bg-stone-100 dark:bg-stone-900" />
    </div>
  );
}
