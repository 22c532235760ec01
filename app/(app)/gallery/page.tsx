import type { Metadata } from "next";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { ExampleCard } from "@/components/gallery/example-card";
import { requireUser } from "@/lib/auth/current-user";
import { examples } from "@/lib/examples";
import { startFromExampleAction } from "./actions";

export const metadata: Metadata = { title: "Gallery" };

export default async function GalleryPage() {
  await requireUser();
  // The YAML stays on the server: cards need only the summary, and the year planner alone is large.
  const cards = examples.map(({ id, title, description, category, kind, profile }) => ({ id, title, description, category, kind, profile }));
  return (
    <>
      <PageHeader title="Example gallery" description="Start a project from a ready-made template or planner, then make it your own." />
      {cards.length === 0 ? (
        <EmptyState title="No examples yet">Examples appear here once they are added to the app.</EmptyState>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-label="Examples">
          {cards.map((example) => (
            <li key={example.id}>
              <ExampleCard example={example} start={startFromExampleAction} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
