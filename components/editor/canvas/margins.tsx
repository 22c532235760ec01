import type { CanvasFrame } from "./geometry";

/** The page margins as a dashed frame over the picture (not interactive). */
export function Margins({ frame, scale }: { frame: CanvasFrame; scale: number }) {
  const [top, right, bottom, left] = frame.margins;
  return (
    <div
      aria-hidden
      className="pointer-events-none absolute border border-dashed border-fuchsia-400/50"
      style={{ left: left * scale, top: top * scale, right: right * scale, bottom: bottom * scale }}
    />
  );
}
