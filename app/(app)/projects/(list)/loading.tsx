// Only the list: a loading boundary above /projects/[id] would stream before notFound() and turn its 404 into a 200.
export default function Loading() {
  return (
    <div aria-busy="true" aria-label="Loading" className="animate-pulse space-y-3">
      <div className="h-8 w-48 rounded bg-stone-200 dark:bg-stone-800" />
      <div className="h-24 rounded bg-stone-200 dark:bg-stone-800" />
      <div className="h-24 rounded bg-stone-200 dark:bg-stone-800" />
    </div>
  );
}
