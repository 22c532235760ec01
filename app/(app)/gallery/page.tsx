import type { Metadata } from "next";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { ExampleCard } from "@/components/gallery/example-card";
import { requireUser } from "@/lib/auth/current-user";
import { listExamples } from "@/lib/examples";
import { productName } from "@/lib/templates/profiles/product-names";
import { startFromExampleAction } from "./actions";

export const metadata: Metadata = { title: "Gallery" };

export default async function GalleryPage() {
  await requireUser();
  // The YAML stays on the server: cards need only the summary, and the year planner alone is large.
  // Pictures are fetched by the browser (GET /api/gallery/{id}/pictures/{n}), drawn once and stored.
  const cards = listExamples().map(({ id, title, description, category, kind, profile, pictures }) => ({
    id,
    title,
    description,
    category,
    kind,
    profile,
    deviceName: productName(profile),
    pictures: pictures.map(({ label }) => ({ label })),
  }));
  return (
    <>
      <PageHeader
        title="Example gallery"
        description="Start from a ready-made template or planner, drawn here by the same renderer as your PDF. Flip through its pages, then make it your own."
      />
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
