"use client";

import { Button } from "@/components/ui/button";
import type { Alignment } from "./geometry";
import { WIDGET_DEFAULTS, WIDGET_TYPE_NAMES } from "./widget-defaults";

type Props = {
  selection: number;
  zoom: number;
  snap: boolean;
  onZoom: (z: number) => void;
  onSnap: (on: boolean) => void;
  onAlign: (how: Alignment) => void;
  onDistribute: (axis: "x" | "y") => void;
  onZOrder: (delta: number) => void;
  onDuplicate: () => void;
  onDelete: () => void;
  onUndo: () => void;
  onRedo: () => void;
  onAdd: (type: string) => void;
};

const ALIGN: { how: Alignment; label: string; icon: string }[] = [
  { how: "left", label: "Align left edges", icon: "⇤" },
  { how: "center", label: "Align centres horizontally", icon: "↔" },
  { how: "right", label: "Align right edges", icon: "⇥" },
  { how: "top", label: "Align top edges", icon: "⤒" },
  { how: "middle", label: "Align centres vertically", icon: "↕" },
  { how: "bottom", label: "Align bottom edges", icon: "⤓" },
];

/** Canvas commands; each names what it does for screen readers and in its tooltip. */
export function CanvasToolbar(p: Props) {
  const tool = (label: string, icon: string, onClick: () => void, disabled = false) => (
    <Button
      key={label}
      size="sm"
      variant="secondary"
      aria-label={label}
      title={label}
      onClick={onClick}
      disabled={disabled}
      className="min-w-8 px-2"
    >
      <span aria-hidden>{icon}</span>
    </Button>
  );
  return (
    <div role="toolbar" aria-label="Canvas tools" className="flex flex-wrap items-center gap-1">
      <label className="sr-only" htmlFor="canvas-add">
        Add a widget
      </label>
      <select
        id="canvas-add"
        value=""
        onChange={(e) => {
          if (e.target.value) p.onAdd(e.target.value);
        }}
        className="rounded-md border border-stone-300 bg-white px-2 py-1 text-sm dark:border-stone-700 dark:bg-stone-900"
      >
        <option value="">+ Add widget…</option>
        {WIDGET_TYPE_NAMES.map((t) => (
          <option key={t} value={t}>
            {WIDGET_DEFAULTS[t]!.label} ({t})
          </option>
        ))}
      </select>
      <span className="mx-1 h-5 w-px bg-stone-300 dark:bg-stone-700" aria-hidden />
      {tool("Undo", "↶", p.onUndo)}
      {tool("Redo", "↷", p.onRedo)}
      <span className="mx-1 h-5 w-px bg-stone-300 dark:bg-stone-700" aria-hidden />
      {ALIGN.map((a) => tool(a.label, a.icon, () => p.onAlign(a.how), p.selection < 2))}
      {tool("Distribute horizontally", "⋯", () => p.onDistribute("x"), p.selection < 3)}
      {tool("Distribute vertically", "⋮", () => p.onDistribute("y"), p.selection < 3)}
      <span className="mx-1 h-5 w-px bg-stone-300 dark:bg-stone-700" aria-hidden />
      {tool("Bring forward", "▲", () => p.onZOrder(1), p.selection === 0)}
      {tool("Send backward", "▼", () => p.onZOrder(-1), p.selection === 0)}
      {tool("Duplicate", "⧉", p.onDuplicate, p.selection === 0)}
      {tool("Delete", "✕", p.onDelete, p.selection === 0)}
      <span className="mx-1 h-5 w-px bg-stone-300 dark:bg-stone-700" aria-hidden />
      {tool("Zoom out", "−", () => p.onZoom(Math.max(0.25, p.zoom / 1.25)))}
      <button
        type="button"
        onClick={() => p.onZoom(1)}
        className="w-12 text-center text-xs tabular-nums"
        title="Fit width"
        aria-label={`Zoom ${Math.round(p.zoom * 100)}%, fit width`}
      >
        {Math.round(p.zoom * 100)}%
      </button>
      {tool("Zoom in", "+", () => p.onZoom(Math.min(4, p.zoom * 1.25)))}
      <label className="ml-1 flex items-center gap-1 text-xs">
        <input type="checkbox" checked={p.snap} onChange={(e) => p.onSnap(e.target.checked)} />
        Snap
      </label>
    </div>
  );
}
