"use client";

import { useCallback, useMemo, useRef, useState } from "react";
import type { Diagnostic } from "@/lib/templates/diagnostics";
import { pathKey, readWidgetDocument, yamlPathOf, type EditableWidget, type WidgetDocument } from "@/lib/templates/widget-geometry";
import { appendItem, parseForEdit, removeItems, setValues, type Rect, type YamlPath } from "@/lib/templates/yaml-edit";
import { CanvasToolbar } from "./canvas-toolbar";
import { align, distribute, freshId, type Alignment, type CanvasFrame } from "./geometry";
import { Margins } from "./margins";
import { PagePicker } from "./page-picker";
import { diagnosticPrefix, lineOf, widgetsOnPage } from "./page-widgets";
import { PropertiesPanel } from "./properties-panel";
import { usePagePicture } from "./use-page-picture";
import { useCanvasInteraction } from "./use-canvas-interaction";
import { WidgetBox } from "./widget-box";
import { newWidget } from "./widget-defaults";

type Props = {
  yaml: string;
  profile: string;
  /** False while the text has errors: the picture would only fail to draw. */
  renderable: boolean;
  diagnostics: readonly Diagnostic[];
  /** Replaces the YAML through the text editor, so one undo history covers canvas and text. */
  onEdit: (next: string) => void;
  onUndo: () => void;
  onRedo: () => void;
  /** Shows a line of the YAML (the selected widget's). */
  onJump: (line: number, column: number) => void;
  /** Show this page, and select the widget the renderer names `path` once the page is drawn. */
  target?: CanvasTarget | null;
};

/** A jump to the canvas (from the preview or a job's page): `seq` tells a new jump from an old one. */
export type CanvasTarget = { page: number; path?: string; seq: number };

const DEFAULT_FRAME: CanvasFrame = { width: 595.2, height: 841.8, margins: [36, 36, 36, 36], grid: 10, snap: true };

export function CanvasEditor({ yaml, profile, renderable, diagnostics, onEdit, onUndo, onRedo, onJump, target }: Props) {
  const [page, setPage] = useState(target?.page ?? 1);
  // The jump being carried out (its widget is selected once its page is drawn), and the last one seen.
  const [pendingTarget, setPendingTarget] = useState<CanvasTarget | null>(target ?? null);
  const [seenSeq, setSeenSeq] = useState(target?.seq ?? -1);
  if (target && target.seq !== seenSeq) {
    setSeenSeq(target.seq);
    setPendingTarget(target);
    setPage(target.page);
  }
  const [selected, setSelected] = useState<string[]>([]);
  const [zoom, setZoom] = useState(1);
  const [snap, setSnap] = useState(true);
  const [stageWidth, setStageWidth] = useState(560);
  const stage = useRef<HTMLDivElement>(null);
  const observer = useRef<ResizeObserver | null>(null);

  const parsed = useMemo(() => readWidgetDocument(yaml), [yaml]);
  // While the text does not parse (mid-typing), keep the last boxes.
  const [kept, setKept] = useState<WidgetDocument | null>(null);
  if (parsed && parsed !== kept) setKept(parsed);
  const doc = parsed ?? kept;

  const stageRef = useCallback((el: HTMLDivElement | null) => {
    observer.current?.disconnect();
    if (!el) return;
    observer.current = new ResizeObserver(() => setStageWidth(el.clientWidth));
    observer.current.observe(el);
    setStageWidth(el.clientWidth);
  }, []);

  const pixelWidth = Math.min(
    2000,
    Math.round(stageWidth * zoom * (typeof window === "undefined" ? 1 : Math.min(window.devicePixelRatio || 1, 2))),
  );
  // A project's date picker asks for the page of `day:<date>`; once drawn, that page is the current one.
  const [dateDest, setDateDest] = useState<string | null>(null);
  const picture = usePagePicture({
    yaml,
    profile,
    page,
    ...(dateDest ? { destination: dateDest } : {}),
    width: Math.max(200, Math.round(pixelWidth / 100) * 100),
    enabled: renderable,
  });
  const pic = picture.picture;
  if (dateDest && pic?.destination === dateDest) {
    setDateDest(null);
    if (pic.page !== page) setPage(pic.page);
  }
  const pageCount = pic?.pageCount ?? 1;
  const size = pic?.size ?? (doc?.canvas ? { width: doc.canvas.width, height: doc.canvas.height } : DEFAULT_FRAME);
  const frame: CanvasFrame = {
    ...(doc?.canvas ?? DEFAULT_FRAME),
    width: size.width,
    height: size.height,
    snap: snap && (doc?.canvas?.snap ?? true),
  };
  const scale = (stageWidth * zoom) / size.width;

  const onPage = useMemo(
    () => (doc ? widgetsOnPage(doc, page, pic?.page === page ? pic.widgets.map((w) => w.path) : []) : []),
    [doc, page, pic],
  );
  const byKey = useMemo(() => new Map(onPage.map((w) => [pathKey(w.path), w])), [onPage]);
  // Smaller boxes stack above larger ones (an anchor inside a heading stays reachable by mouse);
  // the DOM, and so the Tab order, keeps the document's order.
  const stacking = useMemo(() => {
    const area = (w: EditableWidget) => (w.position ? w.position.width * w.position.height : 0);
    return new Map([...onPage].sort((a, b) => area(b) - area(a)).map((w, i) => [pathKey(w.path), i + 1]));
  }, [onPage]);
  if (pendingTarget && doc && pic?.page === pendingTarget.page && pic.page === page) {
    const path = pendingTarget.path ? yamlPathOf(pendingTarget.path, doc) : null;
    setPendingTarget(null);
    setSelected(path && byKey.has(pathKey(path)) ? [pathKey(path)] : []);
  }
  const selectedWidgets = selected.flatMap((k) => (byKey.get(k) ? [byKey.get(k)!] : []));
  const master = onPage.find((w) => w.scope.kind === "master")?.scope;

  const problems = useMemo(() => {
    const out = new Map<string, string>();
    if (!doc) return out;
    for (const w of onPage) {
      const prefixes = diagnosticPrefix(w, doc);
      const d = diagnostics.find(
        (x) =>
          x.severity !== "info" &&
          prefixes.some((p) => x.path === p || x.path.startsWith(`${p}.`) || x.path.startsWith(`${p}[`) || x.path.startsWith(`${p} `)),
      );
      if (d) out.set(pathKey(w.path), d.message);
    }
    return out;
  }, [diagnostics, onPage, doc]);

  const destinations = useMemo(() => {
    const ids = new Set<string>();
    for (const w of doc?.widgets ?? []) {
      const dest = (w.value.properties as Record<string, unknown> | undefined)?.dest_id;
      if (w.type === "anchor" && typeof dest === "string") ids.add(dest);
    }
    for (let n = 1; n <= Math.min(pageCount, 50); n++) ids.add(`Page_${n}`);
    return [...ids];
  }, [doc, pageCount]);

  const edit = useCallback(
    (edits: { path: YamlPath; value: unknown }[]) => {
      if (edits.length === 0) return;
      try {
        onEdit(setValues(yaml, edits));
      } catch {
        // The text changed under the canvas (e.g. the value became a list); the next parse re-syncs.
      }
    },
    [yaml, onEdit],
  );

  const writeRects = useCallback(
    (rects: Map<string, Rect>) => {
      const edits: { path: YamlPath; value: unknown }[] = [];
      for (const [key, r] of rects) {
        const w = byKey.get(key);
        if (!w?.position) continue;
        for (const f of ["x", "y", "width", "height"] as const)
          if (r[f] !== w.position[f]) edits.push({ path: [...w.path, "position", f], value: r[f] });
      }
      edit(edits);
    },
    [byKey, edit],
  );

  const removeSelected = useCallback(() => {
    const paths = selectedWidgets.map((w) => w.path);
    if (paths.length === 0) return;
    onEdit(removeItems(yaml, paths));
    setSelected([]);
  }, [selectedWidgets, yaml, onEdit]);

  const addWidgets = useCallback(
    (values: Record<string, unknown>[]) => {
      if (!doc || values.length === 0) return;
      const list: YamlPath = master?.kind === "master" ? ["masters", master.index, "widgets"] : ["widgets"];
      const taken = new Set(doc.widgets.map((w) => w.id));
      let text = yaml;
      const added: string[] = [];
      const existing = doc.widgets.filter((w) => pathKey(w.path.slice(0, -1)) === pathKey(list)).length;
      for (const v of values) {
        const id = freshId(String(v.type ?? "widget"), taken);
        taken.add(id);
        text = appendItem(text, list, { ...v, id });
        added.push(pathKey([...list, existing + added.length]));
      }
      onEdit(text);
      setSelected(added);
    },
    [doc, master, yaml, onEdit],
  );

  const duplicate = useCallback(
    (values: Record<string, unknown>[]) =>
      addWidgets(
        values.map((v) => {
          const p = v.position as Rect | undefined;
          return p ? { ...v, position: { ...p, x: p.x + 10, y: p.y + 10 } } : v;
        }),
      ),
    [addWidgets],
  );

  const applyArrange = (rects: Rect[]) => {
    const map = new Map<string, Rect>();
    selectedWidgets.forEach((w, i) => w.position && map.set(pathKey(w.path), rects[i]!));
    writeRects(map);
  };
  const movable = selectedWidgets.filter((w) => w.position);
  const arrange = {
    align: (how: Alignment) =>
      applyArrange(
        align(
          movable.map((w) => w.position!),
          how,
        ),
      ),
    distribute: (axis: "x" | "y") =>
      applyArrange(
        distribute(
          movable.map((w) => w.position!),
          axis,
        ),
      ),
    zOrder: (delta: number) => edit(selectedWidgets.map((w) => ({ path: [...w.path, "z_order"], value: w.zOrder + delta }))),
  };

  const jumpTo = (w: EditableWidget) => {
    const node = parseForEdit(yaml).getIn(w.path, true) as { range?: [number, number, number] } | undefined;
    if (node?.range) onJump(lineOf(yaml, node.range[0]), 1);
  };

  const { live, marquee, startDrag, startMarquee, onStagePointerMove, onStagePointerUp, onBoxKey } = useCanvasInteraction({
    selected,
    setSelected,
    selectedWidgets,
    byKey,
    onPage,
    frame,
    scale,
    stage,
    writeRects,
    removeAndClear: (paths) => {
      onEdit(removeItems(yaml, paths));
      setSelected([]);
    },
    duplicate,
    jumpTo,
    onUndo,
    onRedo,
  });

  const addFromPalette = (type: string) => {
    const [top, , , left] = frame.margins;
    addWidgets([newWidget(type, type, { x: left, y: top }, master ? null : page)]);
  };

  const single = selectedWidgets.length === 1 ? selectedWidgets[0]! : null;
  const status = !renderable
    ? "Fix the errors to redraw the page"
    : picture.loading
      ? "drawing…"
      : picture.error
        ? picture.error.message
        : pic
          ? `drawn in ${pic.ms} ms`
          : "";

  return (
    // Inline-size containment: the canvas takes its column's width instead of widening the column
    // to its last measured size (on a phone that would push the page sideways).
    <section aria-label="Canvas editor" className="min-w-0 space-y-2 [contain:inline-size]">
      <CanvasToolbar
        selection={selectedWidgets.length}
        zoom={zoom}
        snap={snap}
        onZoom={setZoom}
        onSnap={setSnap}
        onAlign={arrange.align}
        onDistribute={arrange.distribute}
        onZOrder={arrange.zOrder}
        onDuplicate={() => duplicate(selectedWidgets.map((w) => w.value))}
        onDelete={removeSelected}
        onUndo={onUndo}
        onRedo={onRedo}
        onAdd={addFromPalette}
      />
      <PagePicker
        page={page}
        pageCount={pageCount}
        onPage={(n) => {
          setPage(n);
          setSelected([]);
        }}
        onDate={doc?.kind === "project" ? (date) => setDateDest(`day:${date}`) : undefined}
        status={status}
        master={master?.kind === "master" ? master.name : undefined}
      />
      <div
        className="max-h-[75vh] overflow-auto rounded-md border border-stone-300 bg-stone-100 p-2 dark:border-stone-700 dark:bg-stone-950"
        data-testid="canvas-scroller"
      >
        <div ref={stageRef} className="w-full">
          <div
            ref={stage}
            role="application"
            aria-label={`Page ${page} canvas: ${onPage.length} widgets. Tab to a widget; arrows move it 1 pt (Shift: 10 pt), Shift+Alt+arrows resize, Delete removes.`}
            aria-roledescription="canvas"
            className="relative bg-white shadow-sm"
            style={{ width: size.width * scale, height: size.height * scale }}
            onPointerDown={startMarquee}
            onPointerMove={onStagePointerMove}
            onPointerUp={onStagePointerUp}
            onPointerCancel={onStagePointerUp}
            onWheel={(e) => {
              if (!e.ctrlKey) return;
              e.preventDefault();
              setZoom((z) => Math.min(4, Math.max(0.25, z * (e.deltaY < 0 ? 1.1 : 1 / 1.1))));
            }}
          >
            {pic && pic.page === page ? (
              // eslint-disable-next-line @next/next/no-img-element -- the renderer's PNG as a data URL
              <img
                src={pic.image}
                alt=""
                data-backdrop="1"
                draggable={false}
                className="pointer-events-none absolute inset-0 h-full w-full select-none"
                data-testid="canvas-picture"
              />
            ) : null}
            <Margins frame={frame} scale={scale} />
            {onPage.map((w) => {
              const key = pathKey(w.path);
              const rect = live?.rects.get(key) ?? w.position ?? pic?.widgets.find((x) => x.id === w.id)?.position;
              if (!rect) return null;
              return (
                <WidgetBox
                  key={key}
                  id={w.id}
                  type={w.type}
                  rect={rect}
                  scale={scale}
                  layer={stacking.get(key) ?? 1}
                  selected={selected.includes(key)}
                  readOnly={!w.position}
                  problem={problems.get(key)}
                  onPointerDown={(e, h) => startDrag(e, w, h)}
                  onKeyDown={(e) => onBoxKey(e, w)}
                  onFocus={() => {
                    if (!selected.includes(key) && selected.length <= 1) setSelected([key]);
                  }}
                />
              );
            })}
            {live?.guides.map((g, i) => (
              <div
                key={i}
                aria-hidden
                className="pointer-events-none absolute bg-fuchsia-500"
                style={{
                  zIndex: 10_000,
                  ...(g.axis === "x"
                    ? { left: g.at * scale, top: 0, width: 1, height: "100%" }
                    : { top: g.at * scale, left: 0, height: 1, width: "100%" }),
                }}
              />
            ))}
            {marquee ? (
              <div
                aria-hidden
                className="pointer-events-none absolute border border-brand bg-brand/10"
                style={{
                  zIndex: 10_000,
                  left: Math.min(marquee.x0, marquee.x1) * scale,
                  top: Math.min(marquee.y0, marquee.y1) * scale,
                  width: Math.abs(marquee.x1 - marquee.x0) * scale,
                  height: Math.abs(marquee.y1 - marquee.y0) * scale,
                }}
              />
            ) : null}
          </div>
        </div>
      </div>
      {single ? (
        <PropertiesPanel key={pathKey(single.path)} widget={single} destinations={destinations} onChange={edit} />
      ) : (
        <p className="text-xs text-stone-500 dark:text-stone-400">
          {selectedWidgets.length > 1
            ? `${selectedWidgets.length} widgets selected: align or distribute them above.`
            : "Select a widget to edit its properties, or add one."}
        </p>
      )}
    </section>
  );
}
