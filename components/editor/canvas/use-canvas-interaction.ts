"use client";

// The canvas's pointer and keyboard handling: select (Shift adds), drag to move with snapping and
// guides, corner handles to resize, marquee selection on the empty page, and the keyboard commands
// of a focused widget box. Edits leave through `writeRects` / `removeAndClear` / `duplicate`, which
// the canvas turns into in-place YAML edits.
import { useRef, useState, type KeyboardEvent, type PointerEvent, type RefObject } from "react";
import { pathKey, type EditableWidget } from "@/lib/templates/widget-geometry";
import type { Rect, YamlPath } from "@/lib/templates/yaml-edit";
import { snapMove, snapResize, type CanvasFrame, type Guide } from "./geometry";
import type { Handle } from "./widget-box";

type Drag = { handle: Handle | null; startX: number; startY: number; origin: Map<string, Rect>; moved: boolean };
type Marquee = { x0: number; y0: number; x1: number; y1: number };

/** Pointer distance (px) within which a move or resize snaps to a line. */
const SNAP_PX = 6;

type Args = {
  selected: string[];
  setSelected: (keys: string[]) => void;
  selectedWidgets: EditableWidget[];
  byKey: Map<string, EditableWidget>;
  onPage: EditableWidget[];
  frame: CanvasFrame;
  /** Pixels per point. */
  scale: number;
  /** Holds the pointer capture during a drag (it outlives any box that re-renders). */
  stage: RefObject<HTMLDivElement | null>;
  writeRects: (rects: Map<string, Rect>) => void;
  removeAndClear: (paths: YamlPath[]) => void;
  duplicate: (values: Record<string, unknown>[]) => void;
  jumpTo: (w: EditableWidget) => void;
  onUndo: () => void;
  onRedo: () => void;
};

export function useCanvasInteraction({
  selected,
  setSelected,
  selectedWidgets,
  byKey,
  onPage,
  frame,
  scale,
  stage,
  writeRects,
  removeAndClear,
  duplicate,
  jumpTo,
  onUndo,
  onRedo,
}: Args) {
  const [live, setLive] = useState<{ rects: Map<string, Rect>; guides: Guide[] } | null>(null);
  const [marquee, setMarquee] = useState<Marquee | null>(null);
  const drag = useRef<Drag | null>(null);
  const clipboard = useRef<Record<string, unknown>[]>([]);

  // Pointer: press on a box selects it (shift adds), drag moves the selection; a handle resizes.
  const startDrag = (e: PointerEvent, w: EditableWidget, handle: Handle | null) => {
    if (e.button !== 0) return;
    const key = pathKey(w.path);
    let sel = selected;
    if (e.shiftKey) sel = selected.includes(key) ? selected.filter((k) => k !== key) : [...selected, key];
    else if (!selected.includes(key)) sel = [key];
    setSelected(sel);
    jumpTo(w);
    if (!w.position || e.shiftKey) return;
    const origin = new Map<string, Rect>();
    for (const k of handle ? [key] : sel) {
      const p = byKey.get(k)?.position;
      if (p) origin.set(k, p);
    }
    drag.current = { handle, startX: e.clientX, startY: e.clientY, origin, moved: false };
    // The stage holds the capture: it outlives any box or handle that re-renders during the drag.
    stage.current?.setPointerCapture?.(e.pointerId);
  };

  const onStagePointerMove = (e: PointerEvent) => {
    if (marquee) {
      const box = e.currentTarget.getBoundingClientRect();
      setMarquee({ ...marquee, x1: (e.clientX - box.left) / scale, y1: (e.clientY - box.top) / scale });
      return;
    }
    const d = drag.current;
    if (!d) return;
    const dx = (e.clientX - d.startX) / scale;
    const dy = (e.clientY - d.startY) / scale;
    if (!d.moved && Math.abs(dx) + Math.abs(dy) < 1) return;
    d.moved = true;
    const others = onPage.filter((w) => w.position && !d.origin.has(pathKey(w.path))).map((w) => w.position!);
    const rects = new Map<string, Rect>();
    let guides: Guide[] = [];
    if (d.handle) {
      const [key, r] = [...d.origin][0]!;
      const west = d.handle.includes("w");
      const north = d.handle.includes("n");
      const raw = {
        x: west ? r.x + dx : r.x,
        y: north ? r.y + dy : r.y,
        width: west ? r.width - dx : r.width + dx,
        height: north ? r.height - dy : r.height + dy,
      };
      const snapped =
        west || north
          ? { rect: { ...raw, width: Math.max(1, raw.width), height: Math.max(1, raw.height) }, guides: [] }
          : snapResize(raw, frame, others, SNAP_PX / scale);
      rects.set(key, snapped.rect);
      guides = snapped.guides;
    } else {
      // The first selected box snaps; the others keep their offsets from it.
      const [leadKey, lead] = [...d.origin][0]!;
      const snapped = snapMove({ ...lead, x: lead.x + dx, y: lead.y + dy }, frame, others, SNAP_PX / scale);
      const ox = snapped.rect.x - lead.x;
      const oy = snapped.rect.y - lead.y;
      for (const [k, r] of d.origin)
        rects.set(k, k === leadKey ? snapped.rect : { ...r, x: Math.round((r.x + ox) * 100) / 100, y: Math.round((r.y + oy) * 100) / 100 });
      guides = snapped.guides;
    }
    setLive({ rects, guides });
  };

  const onStagePointerUp = () => {
    if (marquee) {
      const [x0, x1] = [Math.min(marquee.x0, marquee.x1), Math.max(marquee.x0, marquee.x1)];
      const [y0, y1] = [Math.min(marquee.y0, marquee.y1), Math.max(marquee.y0, marquee.y1)];
      if (x1 - x0 > 2 || y1 - y0 > 2) {
        setSelected(
          onPage
            .filter(
              (w) =>
                w.position &&
                w.position.x < x1 &&
                w.position.x + w.position.width > x0 &&
                w.position.y < y1 &&
                w.position.y + w.position.height > y0,
            )
            .map((w) => pathKey(w.path)),
        );
      }
      setMarquee(null);
      return;
    }
    const d = drag.current;
    drag.current = null;
    if (d?.moved && live) writeRects(live.rects);
    setLive(null);
  };

  const startMarquee = (e: PointerEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget && !(e.target as HTMLElement).dataset.backdrop) return;
    const box = e.currentTarget.getBoundingClientRect();
    const x = (e.clientX - box.left) / scale;
    const y = (e.clientY - box.top) / scale;
    if (!e.shiftKey) setSelected([]);
    setMarquee({ x0: x, y0: y, x1: x, y1: y });
    e.currentTarget.setPointerCapture?.(e.pointerId);
  };

  // Keyboard on a focused box: arrows move (Shift: 10 pt), Shift+Alt+arrows resize, Delete removes,
  // Enter selects and shows it in the YAML, Ctrl+C/V/D copy, paste, duplicate, Ctrl+Z/Y undo and redo.
  const onBoxKey = (e: KeyboardEvent, w: EditableWidget) => {
    const mod = e.ctrlKey || e.metaKey;
    const key = pathKey(w.path);
    const targets = selected.includes(key) ? selectedWidgets : [w];
    const arrows: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
    const arrow = arrows[e.key];
    if (arrow) {
      e.preventDefault();
      const step = e.shiftKey && !e.altKey ? 10 : 1;
      const rects = new Map<string, Rect>();
      for (const t of targets) {
        if (!t.position) continue;
        const p = t.position;
        rects.set(
          pathKey(t.path),
          e.shiftKey && e.altKey
            ? { ...p, width: Math.max(1, p.width + arrow[0]), height: Math.max(1, p.height + arrow[1]) }
            : { ...p, x: Math.max(0, p.x + arrow[0] * step), y: Math.max(0, p.y + arrow[1] * step) },
        );
      }
      writeRects(rects);
    } else if (e.key === "Delete" || e.key === "Backspace") {
      e.preventDefault();
      removeAndClear(targets.map((t) => t.path));
    } else if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      setSelected(e.shiftKey ? [...new Set([...selected, key])] : [key]);
      jumpTo(w);
    } else if (e.key === "Escape") setSelected([]);
    else if (mod && e.key.toLowerCase() === "c") clipboard.current = targets.map((t) => t.value);
    else if (mod && e.key.toLowerCase() === "v") {
      e.preventDefault();
      duplicate(clipboard.current);
    } else if (mod && e.key.toLowerCase() === "d") {
      e.preventDefault();
      duplicate(targets.map((t) => t.value));
    } else if (mod && e.key.toLowerCase() === "z") {
      e.preventDefault();
      if (e.shiftKey) onRedo();
      else onUndo();
    } else if (mod && e.key.toLowerCase() === "y") {
      e.preventDefault();
      onRedo();
    }
  };

  return { live, marquee, startDrag, startMarquee, onStagePointerMove, onStagePointerUp, onBoxKey };
}
