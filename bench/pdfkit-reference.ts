// Reference drawer for the benchmark: the same compiled planner drawn with pdfkit directly (the floor for
// this stack, since react-pdf writes through pdfkit). It covers only the widget types the benchmark
// document uses, with the same geometry rules, links and named destinations.
import { createWriteStream } from "node:fs";
import PDFDocument from "pdfkit";
import { daysInMonth, fromDayNumber, parseIsoDate, toDayNumber, weekdayIndex } from "@/lib/templates/tokens";

type W = {
  type: string;
  page?: number;
  position: { x: number; y: number; width: number; height: number };
  content?: string;
  styling?: Record<string, unknown>;
  properties?: Record<string, unknown>;
};
type T = { canvas: { dimensions: { width: number; height: number } }; widgets: W[] };

const n = (v: unknown, d: number) => (typeof v === "number" ? v : d);

/**
 * How dot grids are drawn: "segments" the way Inkset draws them (zero-length round-capped segments in
 * one stroked path per grid, like for like), "circles" one circle each (four Béziers a dot, filled as
 * one path), the reference's drawing before Inkset's own became cheaper.
 */
export type DotStyle = "segments" | "circles";

export async function drawReference(t: T, out: string, dots: DotStyle = "segments"): Promise<number> {
  const { width, height } = t.canvas.dimensions;
  const doc = new PDFDocument({ autoFirstPage: false, size: [width, height], margin: 0 });
  const done = new Promise<void>((resolve) => doc.pipe(createWriteStream(out)).on("finish", () => resolve()));
  const pages = Math.max(...t.widgets.map((w) => w.page ?? 1));
  const byPage = new Map<number, W[]>();
  for (const w of t.widgets) byPage.set(w.page ?? 1, [...(byPage.get(w.page ?? 1) ?? []), w]);
  for (let p = 1; p <= pages; p++) {
    doc.addPage({ size: [width, height], margin: 0 });
    for (const w of byPage.get(p) ?? []) drawWidget(doc, w, dots);
  }
  doc.end();
  await done;
  return pages;
}

function label(doc: PDFDocument, text: string, x: number, y: number, size: number, color = "#000000") {
  doc.font("Helvetica").fontSize(size).fillColor(color).text(text, x, y, { lineBreak: false });
}

function drawWidget(doc: PDFDocument, w: W, dots: DotStyle) {
  const { x, y, width, height } = w.position;
  const p = w.properties ?? {};
  const size = n(w.styling?.size, 12);
  switch (w.type) {
    case "anchor":
      doc.addNamedDestination(String(p.dest_id), "FitH", 0);
      break;
    case "text_block":
      label(doc, w.content ?? "", x, y, size);
      break;
    case "internal_link":
      label(doc, w.content ?? "", x, y, size, "#0066CC");
      if (p.to_dest) doc.goTo(x, y, width, height, String(p.to_dest));
      break;
    case "box":
      doc.rect(x, y, width, height).lineWidth(n(w.styling?.line_width, 1)).stroke("#000000");
      break;
    case "divider":
      doc
        .moveTo(x, y + height / 2)
        .lineTo(x + width, y + height / 2)
        .lineWidth(1)
        .stroke("#000000");
      break;
    case "checkbox": {
      const box = n(p.box_size, 12);
      doc
        .rect(x, y + (height - box) / 2, box, box)
        .lineWidth(1)
        .stroke("#000000");
      if (w.content) label(doc, w.content, x + box + 4, y + (height - size) / 2, size);
      break;
    }
    case "lines": {
      const sp = n(p.line_spacing, 20);
      for (let k = 0; k < n(p.line_count, 10); k++) doc.moveTo(x, y + k * sp).lineTo(x + width, y + k * sp);
      doc.lineWidth(n(p.line_thickness, 0.75)).stroke("#888888");
      break;
    }
    case "dot_grid": {
      const cell = n(p.grid_cell_size, 10);
      const size = n(p.dot_size, 1.5);
      if (dots === "circles") {
        for (let j = 0; j * cell <= height; j++)
          for (let i = 0; i * cell <= width; i++) doc.circle(x + i * cell, y + height - j * cell, size / 2);
        doc.fill("#999999");
        break;
      }
      doc.save().lineWidth(size).lineCap("round");
      for (let j = 0; j * cell <= height; j++) {
        for (let i = 0; i * cell <= width; i++) doc.moveTo(x + i * cell, y + height - j * cell).lineTo(x + i * cell, y + height - j * cell);
      }
      doc.stroke("#999999").restore();
      break;
    }
    case "link_list": {
      const labels = (p.labels as string[] | undefined) ?? [];
      const dests = (p.destinations as string[] | undefined) ?? [];
      const ih = height / Math.ceil(labels.length / 2);
      labels.forEach((l, i) => {
        const ix = x + (i % 2) * (width / 2);
        const iy = y + Math.floor(i / 2) * ih;
        label(doc, l, ix, iy, 12, "#0066CC");
        doc.goTo(ix, iy, width / 2, ih, String(dests[i]));
      });
      break;
    }
    case "calendar": {
      const start = parseIsoDate(String(p.start_date), true) ?? 0;
      const d = fromDayNumber(start);
      const weekly = p.calendar_type === "weekly";
      const first = weekly ? start - weekdayIndex(start) : toDayNumber(d.year, d.month, 1);
      const count = weekly ? 7 : daysInMonth(d.year, d.month);
      const offset = weekly ? 0 : weekdayIndex(first);
      const rows = weekly ? 1 : 6;
      const cw = width / 7;
      const ch = (height - 2 * size) / rows;
      label(doc, `${d.year}-${d.month}`, x, y, size);
      for (let r = 0; r <= rows; r++) doc.moveTo(x, y + 2 * size + r * ch).lineTo(x + width, y + 2 * size + r * ch);
      for (let c = 0; c <= 7; c++) doc.moveTo(x + c * cw, y + 2 * size).lineTo(x + c * cw, y + height);
      doc.lineWidth(0.75).stroke("#000000");
      for (let i = 0; i < count; i++) {
        const slot = offset + i;
        const cx = x + (slot % 7) * cw;
        const cy = y + 2 * size + Math.floor(slot / 7) * ch;
        label(doc, String(fromDayNumber(first + i).day), cx + 4, cy + 4, size);
        doc.goTo(cx, cy, cw, ch, `day:${fmt(first + i)}`);
      }
      break;
    }
    default:
      break;
  }
}

function fmt(dn: number): string {
  const d = fromDayNumber(dn);
  return `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}
