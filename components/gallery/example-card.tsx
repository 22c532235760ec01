"use client";

import { useTransition } from "react";
import { toast } from "sonner";
import { FlipThrough } from "@/components/samples/flip-through";
import { SamplePicture } from "@/components/samples/sample-picture";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/auth/action";

export type ExampleSummary = {
  id: string;
  title: string;
  description: string;
  category: string;
  kind: "template" | "project";
  profile: string;
  /** Device name shown to people (the profile id is for the API). */
  deviceName: string;
  pictures: readonly { label: string }[];
};

type Props = {
  example: ExampleSummary;
  /** Creates the project and redirects to it; only failures come back as a result. */
  start: (input: { exampleId: string }) => Promise<ActionResult<never>>;
};

const pictureUrl = (id: string, n: number, width: number) => `/api/gallery/${encodeURIComponent(id)}/pictures/${n}?width=${width}`;

export function ExampleCard({ example, start }: Props) {
  const [pending, startTransition] = useTransition();
  const headingId = `example-${example.id}`;
  const use = (
    <Button
      disabled={pending}
      aria-label={`Use this: ${example.title}`}
      onClick={() =>
        startTransition(async () => {
          const result = await start({ exampleId: example.id });
          // A successful start redirects, so only an error result reaches this line.
          if (!result.ok) toast.error(result.error);
        })
      }
    >
      {pending ? "Creating project…" : "Use this"}
    </Button>
  );
  return (
    <article
      aria-labelledby={headingId}
      className="flex h-full flex-col overflow-hidden rounded-lg border border-stone-200 bg-white shadow-sm dark:border-stone-800 dark:bg-stone-900"
    >
      <SamplePicture
        src={pictureUrl(example.id, 1, 480)}
        alt={`${example.title}: first page`}
        className="aspect-[4/3] rounded-none border-b border-stone-200 p-4 dark:border-stone-800"
      />
      <div className="flex flex-1 flex-col p-5">
        <div className="mb-2 flex flex-wrap gap-1.5">
          <Badge tone="info">{example.category}</Badge>
          <Badge tone={example.kind === "project" ? "success" : "neutral"}>{example.kind}</Badge>
        </div>
        <h2 id={headingId} className="text-lg font-semibold">
          {example.title}
        </h2>
        <p className="mt-1 flex-1 text-sm text-stone-600 dark:text-stone-400">{example.description}</p>
        <p className="mt-3 text-xs text-stone-500 dark:text-stone-400">
          For <span className="font-medium text-stone-700 dark:text-stone-300">{example.deviceName}</span>
        </p>
        <div className="mt-4 flex flex-wrap gap-2">
          <FlipThrough
            title={example.title}
            openLabel={example.pictures.length > 1 ? `See ${example.pictures.length} pages` : "See the page"}
            pages={example.pictures.map((p, i) => ({ label: p.label, src: pictureUrl(example.id, i + 1, 960) }))}
            footer={use}
          />
          {use}
        </div>
      </div>
    </article>
  );
}
