export default function GalleryLoading() {
  return (
    <div aria-busy="true" aria-label="Loading examples" className="animate-pulse">
      <div className="mb-6 h-8 w-56 rounded bg-stone-200 dark:bg-stone-800" />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="h-44 rounded-lg bg-stone-200 dark:bg-stone-800" />
        ))}
      </div>
    </div>
  );
}
