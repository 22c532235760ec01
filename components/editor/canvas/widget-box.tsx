"use client";

import { useId, type KeyboardEvent, type PointerEvent } from "react";
import { cn } from "@/components/ui/cn";
import type { Rect } from "@/lib/templates/yaml-edit";

export type Handle = "nw" | "ne" | "sw" | "se";
const HANDLES: Handle[] = ["nw", "ne", "sw", "se"];
const HANDLE_POS: Record<Handle, string> = {
  nw: "-left-1.5 -top-1.5 cursor-nwse-resize",
  ne: "-right-1.5 -top-1.5 cursor-nesw-resize",
  sw: "-left-1.5 -bottom-1.5 cursor-nesw-resize",
  se: "-right-1.5 -bottom-1.5 cursor-nwse-resize",
};

type Props = {
  id: string;
  type: string;
  rect: Rect;
  /** px per pt */
  scale: number;
  /** Stacking order among the boxes (z-index). */
  layer: number;
  selected: boolean;
  readOnly: boolean;
  problem?: string;
  onPointerDown: (e: PointerEvent, handle: Handle | null) => void;
  onKeyDown: (e: KeyboardEvent) => void;
  onFocus: () => void;
};

/** One widget's box over the page picture: focusable, named by the widget id, with resize handles when selected. */
export function WidgetBox({ id, type, rect, scale, layer, selected, readOnly, problem, onPointerDown, onKeyDown, onFocus }: Props) {
  const domId = `widget-${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  return (
    <>
      <div
        role="button"
        tabIndex={0}
        aria-label={id}
        aria-pressed={selected}
        aria-describedby={`${domId}-about`}
        title={problem ? `${id}: ${problem}` : `${id} (${type})`}
        data-widget-id={id}
        data-x={rect.x}
        data-y={rect.y}
        data-width={rect.width}
        data-height={rect.height}
        data-problem={problem ? "true" : undefined}
        // One handler for the box and its handles: the handle pressed (if any) says move or resize.
        onPointerDown={(e) => onPointerDown(e, ((e.target as HTMLElement).dataset.handle as Handle | undefined) ?? null)}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
        className={cn(
          "absolute touch-none outline-none",
          readOnly ? "cursor-default" : "cursor-move",
          selected ? "border-2 border-brand bg-brand/10" : "border border-dashed border-sky-600/60 hover:border-solid hover:bg-sky-500/5",
          problem ? "border-2 border-solid border-red-600 bg-red-500/10" : "",
          "focus-visible:ring-2 focus-visible:ring-amber-500 focus-visible:ring-offset-1",
        )}
        style={{
          left: rect.x * scale,
          top: rect.y * scale,
          width: Math.max(rect.width * scale, 4),
          height: Math.max(rect.height * scale, 4),
          zIndex: layer,
        }}
      >
        <span id={`${domId}-about`} className="sr-only">
          {type}
          {problem ? `; problem: ${problem}` : ""}
          {readOnly ? "; its position is not plain numbers, edit it in the YAML" : ""}
        </span>
        {selected && !readOnly
          ? HANDLES.map((h) => (
              <span
                key={h}
                aria-hidden
                data-handle={h}
                className={cn("absolute h-3 w-3 rounded-sm border border-white bg-brand", HANDLE_POS[h])}
              />
            ))
          : null}
      </div>
      {/* Outside the box, so the box's accessible name stays exactly the widget id. */}
      {selected || problem ? (
        <span
          aria-hidden
          className={cn(
            "pointer-events-none absolute whitespace-nowrap rounded px-1 text-[10px] leading-4 text-white",
            problem ? "bg-red-700" : "bg-brand",
          )}
          style={{ left: rect.x * scale, top: rect.y * scale - 17, zIndex: 10_000 }}
        >
          {id}
          {problem ? ` — ${problem}` : ""}
        </span>
      ) : null}
    </>
  );
}
