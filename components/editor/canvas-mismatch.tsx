"use client";

import { useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { documentCanvas, refitDocument, sameSize } from "@/lib/templates/refit";
import { productName } from "@/lib/templates/profiles/product-names";
import { PROFILE_OPTIONS } from "./profile-picker";

type Props = { yaml: string; profile: string; onRefit: (yaml: string) => void };

const pt = (n: number) => Math.round(n);

/**
 * Says so when the template's page is not the chosen device's page: the device alone never resizes
 * a template (its canvas wins, §2.4). Offers to keep the size, or re-fit the layout to the device.
 */
export function CanvasMismatch({ yaml, profile, onRefit }: Props) {
  const [kept, setKept] = useState<string | null>(null);
  const device = PROFILE_OPTIONS.find((p) => p.id === profile);
  const canvas = useMemo(() => documentCanvas(yaml), [yaml]);
  if (!device || !canvas || sameSize(canvas, device) || kept === `${profile}:${canvas.width}x${canvas.height}`) return null;
  const orientation = (s: { width: number; height: number }) => (s.width > s.height ? "landscape" : "portrait");
  return (
    <div
      role="status"
      data-testid="canvas-mismatch"
      className="mb-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100"
    >
      <p>
        This template&apos;s page is {pt(canvas.width)} × {pt(canvas.height)} pt ({orientation(canvas)}); the {productName(profile)} page is{" "}
        {pt(device.width)} × {pt(device.height)} pt ({orientation(device)}). The PDF keeps the template&apos;s size
        {device.color ? "" : " and turns colours grey"}; the tablet will scale it to its screen.
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        <Button
          size="sm"
          variant="secondary"
          onClick={() => {
            const out = refitDocument(yaml, device);
            if (out) onRefit(out);
          }}
        >
          Re-fit to {productName(profile)}
        </Button>
        <Button size="sm" variant="ghost" onClick={() => setKept(`${profile}:${canvas.width}x${canvas.height}`)}>
          Keep the template&apos;s size
        </Button>
      </div>
      <p className="mt-1 text-xs text-amber-900 dark:text-amber-200">
        Re-fit scales every widget box to the new page; text sizes, comments and formatting stay. Undo with Ctrl+Z or the history.
      </p>
    </div>
  );
}
