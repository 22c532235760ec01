"use client";

import { useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import type { ActionResult } from "@/lib/auth/action";
import type { AssetJson } from "@/lib/assets/serialize";

const size = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

type Props = { assets: AssetJson[]; remove: (input: { id: string }) => Promise<ActionResult<{ id: string }>> };

export function AssetList({ assets, remove }: Props) {
  const [pending, startTransition] = useTransition();
  if (assets.length === 0) {
    return (
      <EmptyState title="No assets yet">
        Upload a PNG or JPEG, then use it in a template as <code className="font-mono">image_src: asset:&lt;name&gt;</code>.
      </EmptyState>
    );
  }
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {assets.map((a) => (
        <li key={a.id} data-testid="asset-row" className="flex gap-3 rounded-md border border-stone-200 p-3 dark:border-stone-800">
          {/* A plain img: the content route needs the session cookie, which Next's image optimizer would not send. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img
            src={a.content_url}
            alt={a.name}
            loading="lazy"
            width={80}
            height={80}
            className="h-20 w-20 shrink-0 rounded bg-stone-100 object-contain dark:bg-stone-800"
          />
          <div className="min-w-0 flex-1 space-y-1">
            <p className="truncate font-medium" title={a.name}>
              {a.name}
            </p>
            <p className="text-xs text-stone-500">
              {a.width}×{a.height} px · {size(a.size_bytes)} · {a.content_type === "image/png" ? "PNG" : "JPEG"}
            </p>
            <div className="flex flex-wrap items-center gap-2">
              <code className="truncate rounded bg-stone-100 px-1.5 py-0.5 font-mono text-xs dark:bg-stone-800">{a.reference}</code>
              <Button
                variant="ghost"
                size="sm"
                aria-label={`Copy reference ${a.reference}`}
                onClick={() =>
                  navigator.clipboard.writeText(a.reference).then(
                    () => toast.success("Copied"),
                    () => toast.error("Copy failed"),
                  )
                }
              >
                Copy
              </Button>
              <Button
                variant="secondary"
                size="sm"
                disabled={pending}
                aria-label={`Delete ${a.name}`}
                onClick={() => {
                  if (!window.confirm(`Delete “${a.name}”? Templates that use ${a.reference} will show a missing image.`)) return;
                  startTransition(async () => {
                    const result = await remove({ id: a.id });
                    if (result.ok) toast.success("Asset deleted");
                    else toast.error(result.error);
                  });
                }}
              >
                Delete
              </Button>
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
