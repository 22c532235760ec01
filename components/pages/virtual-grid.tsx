"use client";

import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";

type Props = {
  count: number;
  /** Smallest cell width in px; as many columns as fit. */
  minCellWidth: number;
  /** Cell height for a given cell width (thumbnail aspect plus its label). */
  cellHeight: (width: number) => number;
  renderCell: (index: number, width: number) => ReactNode;
  /** Scrolled into view whenever it changes. */
  activeIndex?: number;
  className?: string;
  label: string;
};

const GAP = 8;
const OVERSCAN_ROWS = 2;

/**
 * A scrolling grid that mounts only the rows in view (plus a couple either side), so a
 * 1,000-page document costs a few dozen cells, and each picture loads when it comes into view.
 */
export function VirtualGrid({ count, minCellWidth, cellHeight, renderCell, activeIndex, className, label }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const [box, setBox] = useState({ width: 0, height: 0 });
  const [scrollTop, setScrollTop] = useState(0);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setBox({ width: el.clientWidth, height: el.clientHeight });
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const columns = Math.max(1, Math.floor((box.width - GAP + GAP) / (minCellWidth + GAP)));
  const cellWidth = box.width > 0 ? Math.floor((box.width - GAP * (columns + 1)) / columns) : minCellWidth;
  const rowHeight = cellHeight(cellWidth) + GAP;
  const rows = Math.ceil(count / columns);
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN_ROWS);
  const last = Math.min(rows - 1, Math.ceil((scrollTop + box.height) / rowHeight) + OVERSCAN_ROWS);

  useEffect(() => {
    const el = scroller.current;
    if (!el || activeIndex === undefined || box.width === 0) return;
    const top = Math.floor(activeIndex / columns) * rowHeight;
    if (top < el.scrollTop || top + rowHeight > el.scrollTop + el.clientHeight) el.scrollTo({ top: Math.max(0, top - GAP) });
  }, [activeIndex, columns, rowHeight, box.width]);

  const cells: ReactNode[] = [];
  if (box.width > 0) {
    for (let r = first; r <= last; r++) {
      for (let c = 0; c < columns; c++) {
        const i = r * columns + c;
        if (i >= count) break;
        cells.push(
          <div
            key={i}
            role="listitem"
            className="absolute"
            style={{ top: r * rowHeight + GAP, left: GAP + c * (cellWidth + GAP), width: cellWidth }}
          >
            {renderCell(i, cellWidth)}
          </div>,
        );
      }
    }
  }

  return (
    <div
      ref={scroller}
      className={cn("relative overflow-y-auto overscroll-contain", className)}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      tabIndex={-1}
    >
      <div role="list" aria-label={label} style={{ height: rows * rowHeight + GAP }} className="relative">
        {cells}
      </div>
    </div>
  );
}
