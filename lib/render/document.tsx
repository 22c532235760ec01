// One react-pdf document per chunk of pages. Each page is a handful of elements: runs of vector paint
// steps become one <Canvas> each, images are <Image> elements between them so stacking order holds.
import { Canvas, Document, Image, Page, View, renderToBuffer } from "@react-pdf/renderer";
import type { ReactElement } from "react";
import type { PaintStep } from "./model";
import { countingPainter } from "./paint-guard";
import type { Painter } from "./painter";
import type { PlannedPage } from "./plan";
import type { ImageStep } from "./widget-context";

// react-pdf only uses these dates inside the chunk; the final Info dictionary is written by pdf-lib.
const CHUNK_EPOCH = new Date(Date.UTC(1970, 0, 1));

function isImage(step: PaintStep | ImageStep): step is ImageStep {
  return typeof step !== "function";
}

function pageElement(page: PlannedPage, size: { width: number; height: number }, onPainted: () => void): ReactElement {
  const layers: ReactElement[] = [];
  let run: PaintStep[] = [];
  // Canvas painting is not clipped to the element box, so a 1-pt canvas at the origin can draw the whole
  // page while staying clear of react-pdf's pagination (a page-sized box trips its "can't wrap" check).
  const full = { position: "absolute" as const, left: 0, top: 0, width: 1, height: 1 };
  const flush = (last: boolean) => {
    const steps = run;
    run = [];
    if (steps.length === 0 && !last) return;
    layers.push(
      <Canvas
        key={`c${layers.length}`}
        style={full}
        // react-pdf types the painter as `any`; it is pdfkit's document restricted to Painter's methods.
        paint={(raw: Painter) => {
          const painter = countingPainter(raw);
          for (const step of steps) step(painter);
          if (last) onPainted();
          return null;
        }}
      />,
    );
  };
  for (const step of page.steps) {
    if (!isImage(step)) {
      run.push(step);
      continue;
    }
    flush(false);
    const c = step.clip;
    layers.push(
      <View key={`i${layers.length}`} style={{ position: "absolute", left: c.x, top: c.y, width: c.width, height: c.height, overflow: "hidden" }}>
        {/* react-pdf's <Image> draws into the PDF; it has no alt attribute (the a11y rule targets HTML img). */}
        {/* eslint-disable-next-line jsx-a11y/alt-text */}
        <Image
          src={{ data: Buffer.from(step.data), format: step.format }}
          style={{ position: "absolute", left: step.rect.x - c.x, top: step.rect.y - c.y, width: step.rect.width, height: step.rect.height, opacity: step.opacity }}
        />
      </View>,
    );
  }
  flush(true);
  return (
    <Page key={page.page} size={[size.width, size.height]} style={{ padding: 0 }}>
      {layers}
    </Page>
  );
}

export async function renderChunk(
  pages: PlannedPage[],
  size: { width: number; height: number },
  onPainted: () => void,
): Promise<Uint8Array> {
  const doc = (
    <Document creationDate={CHUNK_EPOCH} modificationDate={CHUNK_EPOCH} producer="inkset" creator="inkset">
      {pages.map((p) => pageElement(p, size, onPainted))}
    </Document>
  );
  const buf = await renderToBuffer(doc);
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}
