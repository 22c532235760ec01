// The body of each page type, below the chrome. Dated pages take their dates from context tokens
// (one master per page type and year block); pages whose months are fixed (year, index) bake them in.
import { daysInMonth, fromMonthIndex, pad } from "@/lib/templates/tokens/dates";
import { monthName, weekdayName, type LocaleId } from "@/lib/templates/tokens/locales";
import type { Frame, Rect } from "./frame";
import { MM, paper, writingLines } from "./paper";
import type { PlannerOptions } from "./schema";
import type { Words } from "./words";
import { MasterBuilder, rect } from "./widgets";

export type BodyCtx = { b: MasterBuilder; f: Frame; o: PlannerOptions; words: Words; locale: LocaleId; monthTarget: Map<number, string> };

const sunday = (o: PlannerOptions) => o.week_start === "sunday";
const firstDay = (mi: number) => {
  const { year, month } = fromMonthIndex(mi);
  return `${pad(year, 4)}-${pad(month, 2)}-01`;
};

function heading(c: BodyCtx, at: Rect, text: string) {
  c.b.text(at, text, { font: c.f.theme.fonts.heading, size: c.f.type.h2, color: c.f.pal.ink });
}

/** A mini month: its name (a link to the month) over a calendar whose days and weeks are links. */
function miniMonth(c: BodyCtx, at: Rect, start: string, label: string, dest: string) {
  const { f, o } = c;
  const labelH = f.type.h2 * 2;
  c.b.link(rect(at.x, at.y, at.width, labelH), label, dest, { font: f.theme.fonts.heading, size: f.type.h2, color: f.pal.accent });
  c.b.calendar(
    rect(at.x, at.y + labelH, at.width, at.height - labelH),
    { font: f.theme.fonts.body, size: f.type.small, color: f.pal.ink },
    {
      calendar_type: "monthly",
      start_date: start,
      show_month_name: false,
      show_year: false,
      show_grid_lines: false,
      first_day_of_week: o.week_start,
      force_weeks: 6,
      weekday_label_style: "narrow",
      cell_padding: 2,
      ...(o.sections.days.enabled ? { link_strategy: "named_destinations", link_template: "day:{date}" } : {}),
    },
  );
}

/**
 * Whether a mini month of w × h keeps its day numbers apart: a cell a little wider than two digits
 * (0.55 em each), a row (weekday letters and six weeks) as tall as a line of text.
 */
export function miniMonthFits(f: Frame, w: number, h: number): boolean {
  const size = f.type.small;
  return w / 7 >= 1.1 * size + 2 && (h - f.type.h2 * 2) / 7 >= 1.2 * size;
}

export function yearBody(c: BodyCtx, months: number[]) {
  const { f, b } = c;
  const landscape = f.W > f.H;
  const cols = landscape ? 4 : 3;
  const rows = Math.ceil(12 / cols);
  const gx = 14;
  const gy = 10;
  const w = (f.body.width - (cols - 1) * gx) / cols;
  const h = (f.body.height - (rows - 1) * gy) / rows;
  const names = months.map((mi) => monthName(c.locale, fromMonthIndex(mi).month));
  if (!miniMonthFits(f, w, h)) {
    // Twelve mini months at the device's smallest font do not fit a small page (their day numbers ran
    // into each other on a Kindle Paperwhite): the year page lists the months, each a link to its page.
    // No fill (grey tiles went over the device's grey-area limit): a hairline grid around the names.
    const itemH = Math.min(f.touch * 2, f.body.height / rows);
    const at = rect(f.body.x, f.body.y, f.body.width, rows * itemH);
    b.links(
      at,
      names,
      months.map((mi) => c.monthTarget.get(mi) ?? ""),
      { font: f.theme.fonts.heading, size: f.type.h2, color: f.pal.ink, align: "center" },
      { columns: cols, gap_x: 0, gap_y: 0 },
    );
    b.segments(
      at,
      [
        ...Array.from({ length: rows + 1 }, (_, r) => ({ x1: 0, y1: r * itemH, x2: at.width, y2: r * itemH })),
        ...Array.from({ length: cols + 1 }, (_, k) => ({ x1: (k * at.width) / cols, y1: 0, x2: (k * at.width) / cols, y2: at.height })),
      ],
      f.pal.rule,
      f.hair,
    );
    return;
  }
  months.forEach((mi, i) => {
    const at = rect(f.body.x + (i % cols) * (w + gx), f.body.y + Math.floor(i / cols) * (h + gy), w, h);
    miniMonth(c, at, firstDay(mi), names[i] ?? "", c.monthTarget.get(mi) ?? "");
  });
}

export function quarterBody(c: BodyCtx) {
  const { f } = c;
  const gx = 12;
  const w = (f.body.width - 2 * gx) / 3;
  const calH = Math.min(f.body.height * 0.34, w * 1.05);
  for (let i = 1; i <= 3; i++) {
    const x = f.body.x + (i - 1) * (w + gx);
    miniMonth(c, rect(x, f.body.y, w, calH), `{q${i}}`, `{qn${i}}`, `{qd${i}}`);
    writingLines(c.b, f, rect(x, f.body.y + calH + 8, w, f.body.height - calH - 8));
  }
}

/** Height of the month page's holiday and event list. */
const monthEventBox = (f: Frame) => f.body.y + f.body.height - (f.body.y + f.body.height * 0.6 + 14 + f.type.h2 * 2) - f.touch - 6;

/**
 * How many lines the month page's holiday list is padded to. A text block centres its lines, which
 * left a month's one holiday floating in the middle of the column; padded with empty lines to two lines
 * short of the box, the list starts a line below the heading, and two entries may still wrap.
 */
export function monthEventLines(f: Frame): number {
  const leading = f.type.small * 1.2;
  return Math.max(1, Math.floor((monthEventBox(f) - f.type.small) / leading) + 1 - 2);
}

export function monthBody(c: BodyCtx) {
  const { f, o, b } = c;
  const size = f.type.h2;
  const gridH = f.body.height * 0.6;
  const at = rect(f.body.x, f.body.y, f.body.width, gridH);
  b.calendar(
    at,
    { font: f.theme.fonts.body, size, color: f.pal.ink },
    {
      calendar_type: "monthly",
      start_date: "{ym}",
      show_month_name: false,
      show_year: false,
      show_grid_lines: false,
      first_day_of_week: o.week_start,
      force_weeks: 6,
      weekday_label_style: "short",
      cell_padding: 5,
      show_trailing_days: true,
      ...(o.sections.days.enabled ? { link_strategy: "named_destinations", link_template: "day:{date}" } : {}),
      ...(o.sections.weeks ? { week_numbers: true, week_link_template: "week:{iso_week}" } : {}),
    },
  );
  // The calendar's own grid is drawn in the text colour; a hairline grey grid reads better on e-ink.
  const weekCol = o.sections.weeks ? 1.8 * size : 0;
  const top = 1.5 * size;
  const cellW = (at.width - weekCol) / 7;
  const cellH = (at.height - top) / 6;
  const segs = [
    ...Array.from({ length: 7 }, (_, r) => ({ x1: 0, y1: top + r * cellH, x2: at.width, y2: top + r * cellH })),
    ...Array.from({ length: 8 }, (_, k) => ({ x1: weekCol + k * cellW, y1: top, x2: weekCol + k * cellW, y2: at.height })),
  ];
  b.segments(at, segs, f.pal.rule, f.hair);
  const y = f.body.y + gridH + 14;
  const colW = (f.body.width - 14) * 0.6;
  const h2 = size * 2;
  heading(c, rect(f.body.x, y, colW, h2), c.words.goals);
  writingLines(b, f, rect(f.body.x, y + h2, colW, f.body.y + f.body.height - y - h2));
  const rx = f.body.x + colW + 14;
  const rw = f.body.width - colW - 14;
  // Holidays and calendar events are listed here; without any, the column is for notes.
  const dated = o.holidays !== null || o.calendar !== null || o.birthdays.length > 0;
  const only = o.holidays !== null && o.calendar === null && o.birthdays.length === 0;
  heading(c, rect(rx, y, rw, h2), dated ? (only ? c.words.holidays : c.words.events) : c.words.notes);
  if (!dated) writingLines(b, f, rect(rx, y + h2, rw, f.body.y + f.body.height - y - h2 - f.touch - 6));
  else b.text(rect(rx, y + h2, rw, monthEventBox(f)), "{hol}", { font: f.theme.fonts.body, size: f.type.small, color: f.pal.muted });
  if (o.sections.habits) {
    b.link(
      rect(rx, f.body.y + f.body.height - f.touch, rw, f.touch),
      `${c.words.habits} ›`,
      "{habd}",
      { font: f.theme.fonts.label, size: f.type.body, color: f.pal.ink, align: "center" },
      f.pal.wash,
    );
  }
}

// One row per day and a column per habit: 28–31 rows stay legible where 31 columns would not.
export function habitsBody(c: BodyCtx, days: number) {
  const { f, b } = c;
  const cols = f.W > f.H ? 10 : 6;
  const dayW = f.type.small * 3;
  const headH = Math.max(f.touch * 1.4, f.type.h2 * 3);
  const rowH = (f.body.height - headH) / days;
  const colW = (f.body.width - dayW) / cols;
  // Never below the device's smallest legible font; rows too short for it number every 2nd (3rd…) day instead.
  const size = Math.max(f.dev.minFont, Math.min(f.type.small, rowH * 0.8));
  const every = Math.ceil(size / (rowH * 0.8));
  heading(c, rect(f.body.x, f.body.y, f.body.width, f.type.h2 * 1.6), c.words.habit);
  for (let d = 1; d <= days; d += every) {
    b.text(rect(f.body.x, f.body.y + headH + (d - 1) * rowH, dayW - 4, rowH * Math.min(every, days - d + 1)), String(d), {
      font: f.theme.fonts.label,
      size,
      color: f.pal.muted,
      align: "right",
    });
  }
  const at = rect(f.body.x + dayW, f.body.y + f.type.h2 * 1.6, f.body.width - dayW, f.body.height - f.type.h2 * 1.6);
  const top = headH - f.type.h2 * 1.6;
  const segs = [
    ...Array.from({ length: days + 1 }, (_, r) => ({ x1: 0, y1: top + r * rowH, x2: at.width, y2: top + r * rowH })),
    ...Array.from({ length: cols + 1 }, (_, k) => ({ x1: k * colW, y1: 0, x2: k * colW, y2: at.height })),
  ];
  b.segments(at, segs, f.pal.rule, f.hair);
}

export function weekBody(c: BodyCtx) {
  const { f, b, o } = c;
  const landscape = f.W > f.H;
  const slots = landscape ? 8 : 7;
  const cols = landscape ? 2 : 1;
  const perCol = slots / cols;
  const gx = 14;
  const w = (f.body.width - (cols - 1) * gx) / cols;
  const h = f.body.height / perCol;
  const labelW = Math.max(f.touch * 2.2, 70);
  for (let i = 0; i < slots; i++) {
    const x = f.body.x + Math.floor(i / perCol) * (w + gx);
    const y = f.body.y + (i % perCol) * h;
    b.rule(x, y, w, f.pal.rule, f.hair);
    if (i === 7) {
      heading(c, rect(x, y + 2, labelW, f.touch), c.words.notes);
      writingLines(b, f, rect(x, y + f.touch, w, h - f.touch));
      continue;
    }
    const wd = (i + (sunday(o) ? 6 : 0)) % 7;
    const label = `${weekdayName(c.locale, wd, "short")} {n${i + 1}}`;
    b.link(rect(x, y + 2, labelW, f.touch), label, `{d${i + 1}}`, { font: f.theme.fonts.heading, size: f.type.h2, color: f.pal.ink });
    b.text(rect(x + labelW, y + 2, w - labelW, f.touch), `{h${i + 1}}`, {
      font: f.theme.fonts.body,
      size: f.type.small,
      color: f.pal.accent,
      align: "right",
    });
    writingLines(b, f, rect(x, y + f.touch, w, h - f.touch - 2));
  }
}

export function dayBody(c: BodyCtx) {
  const { f, b, o } = c;
  const layout = o.sections.days.layout;
  const body = f.body;
  const h2 = f.type.h2 * 2.1;
  const checks = (at: Rect, n: number, cols = 1) => {
    const w = (at.width - (cols - 1) * 12) / cols;
    const rowH = Math.min(at.height / Math.ceil(n / cols), f.touch + 4);
    const rules: { x1: number; y1: number; x2: number; y2: number }[] = [];
    const boxes: { x: number; y: number }[] = [];
    const box = Math.round(f.type.body * 10) / 10;
    for (let i = 0; i < n; i++) {
      const x = at.x + Math.floor(i / Math.ceil(n / cols)) * (w + 12);
      const y = at.y + (i % Math.ceil(n / cols)) * rowH;
      // Where a checkbox widget of this row would draw its box: at the left, centred vertically.
      boxes.push({ x, y: y + (rowH - box) / 2 });
      rules.push({ x1: x - at.x + f.type.body + 8, y1: y - at.y + rowH - 3, x2: x - at.x + w, y2: y - at.y + rowH - 3 });
    }
    // One widget for the boxes and one for the writing rules (render time goes with the widget count).
    const height = Math.ceil(n / cols) * rowH;
    b.squares(rect(at.x - 1, at.y - 1, at.width + 2, height + 2), boxes, box, f.pal.muted, 0.75);
    b.segments(rect(at.x, at.y, at.width, height), rules, f.pal.rule, f.hair);
    return height;
  };
  if (layout === "notes") return paper(b, f, body, o.paper);
  // A headed list of tick rows, as many of `want` rows as fit above the body's bottom with `reserve` left
  // under them (a small page once got the large page's list and ran 80 pt off it); the y after it.
  const bottom = body.y + body.height;
  const rowH = f.touch + 4;
  const list = (x: number, y: number, w: number, title: string, want: number, cols: number, reserve: number) => {
    const rows = Math.min(want, Math.floor((bottom - y - h2 - reserve) / rowH));
    if (rows < 1) return y;
    heading(c, rect(x, y, w, h2), title);
    return y + h2 + checks(rect(x, y + h2, w, rows * rowH), rows * cols, cols) + 10;
  };
  // Notes under the lists only with room for a heading and a writing line; a list keeps 3 rows first.
  const notesMin = h2 + 7 * MM;
  const todos = (x: number, y: number, w: number, want: number, cols: number) => {
    const withNotes = Math.floor((bottom - y - h2 - notesMin - 10) / rowH);
    return list(x, y, w, c.words.todo, want, cols, withNotes >= Math.min(3, want) ? notesMin : 0);
  };
  if (layout === "priorities") {
    let y = list(body.x, body.y, body.width, c.words.priorities, 3, 1, 0);
    y = todos(body.x, y, body.width, 5, 2);
    if (bottom - y < notesMin) return;
    heading(c, rect(body.x, y, body.width, h2), c.words.notes);
    return paper(b, f, rect(body.x, y + h2, body.width, bottom - y - h2), o.paper);
  }
  // Time blocks: an hour column on the left, priorities, to-dos and notes on the right.
  const { from_hour: from, to_hour: to } = o.sections.days;
  const leftW = body.width * 0.56;
  heading(c, rect(body.x, body.y, leftW, h2), c.words.schedule);
  const slotH = (body.height - h2) / (to - from);
  const hourW = f.type.small * 2.6;
  // The hour rules and the dotted half-hour rules are one widget each (a divider per line made the
  // day pages a third of a year planner's widgets, and render time goes with the widget count).
  const hours = to - from;
  const column = rect(body.x, body.y + h2 - 1, leftW, body.height - h2 + 2);
  const rowY = (i: number) => 1 + i * slotH;
  b.segments(
    column,
    Array.from({ length: hours + 1 }, (_, i) => ({ x1: 0, y1: rowY(i), x2: leftW, y2: rowY(i) })),
    f.pal.rule,
    f.hair,
  );
  if (slotH >= 18) {
    const halves = Array.from({ length: hours }, (_, i) => ({ x1: hourW, y1: rowY(i) + slotH / 2, x2: leftW, y2: rowY(i) + slotH / 2 }));
    b.segments(column, halves, f.pal.rule, f.hair, "dotted");
  }
  // The hour labels are one text block, a line per hour: each line's baseline is where a label centred in
  // its own slot (a text block per hour) had it, so one widget instead of fourteen draws the same column.
  const size = f.type.small;
  const labelH = Math.min(slotH, size * 1.6);
  const block = size + (hours - 1) * slotH;
  const firstTop = body.y + h2 + 1 + (labelH - size) / 2;
  b.text(rect(body.x, firstTop - size / 2, hourW, block + size), Array.from({ length: hours }, (_, i) => pad(from + i, 2)).join("\n"), {
    font: f.theme.fonts.label,
    size,
    color: f.pal.muted,
    lineHeight: slotH / size,
  });
  const rx = body.x + leftW + 14;
  const rw = body.width - leftW - 14;
  let y = list(rx, body.y, rw, c.words.priorities, 3, 1, 0);
  y = todos(rx, y, rw, 6, 1);
  if (bottom - y < notesMin) return;
  heading(c, rect(rx, y, rw, h2), c.words.notes);
  writingLines(b, f, rect(rx, y + h2, rw, bottom - y - h2));
}

export function goalsBody(c: BodyCtx) {
  const { f, b } = c;
  const g = 12;
  const w = (f.body.width - g) / 2;
  const h = (f.body.height - g) / 2;
  for (let i = 0; i < 4; i++) {
    const at = rect(f.body.x + (i % 2) * (w + g), f.body.y + Math.floor(i / 2) * (h + g), w, h);
    b.box(at, f.pal.rule, f.hair, undefined, 6);
    heading(c, rect(at.x + 10, at.y + 4, at.width - 20, f.type.h2 * 2), `${c.words.quarter}${i + 1}`);
    writingLines(b, f, rect(at.x + 10, at.y + f.type.h2 * 2, at.width - 20, at.height - f.type.h2 * 2 - 6));
  }
}

export function notesIndexBody(c: BodyCtx, count: number, dests: string[]) {
  const { f, b } = c;
  const cols = f.W > f.H ? 8 : 5;
  const rows = Math.ceil(count / cols);
  const itemH = Math.min(f.touch * 1.6, (f.body.height - (rows - 1) * 8) / Math.max(rows, 1));
  b.links(
    rect(f.body.x, f.body.y, f.body.width, rows * itemH + (rows - 1) * 8),
    Array.from({ length: count }, (_, i) => pad(i + 1, 2)),
    dests,
    { font: f.theme.fonts.heading, size: f.type.h2, color: f.pal.ink, align: "center" },
    { columns: cols, gap_x: 8, gap_y: 8, background_color: f.pal.wash },
  );
}

export function indexBody(
  c: BodyCtx,
  blocks: { label: string; dest: string; months: number[] }[],
  extras: { label: string; dest: string }[],
) {
  const { f, b } = c;
  const cols = f.W > f.H ? 6 : 3;
  let y = f.body.y;
  const itemH = Math.max(f.touch, f.type.h2 * 2.6);
  const style = { font: f.theme.fonts.label, size: f.type.body, color: f.pal.ink, align: "center" as const };
  if (extras.length > 0) {
    b.links(
      rect(f.body.x, y, f.body.width, itemH),
      extras.map((e) => e.label),
      extras.map((e) => e.dest),
      style,
      { columns: extras.length, gap_x: 8, background_color: f.pal.wash },
    );
    y += itemH + 16;
  }
  for (const block of blocks) {
    if (block.dest)
      b.link(rect(f.body.x, y, f.body.width, f.type.h1 * 1.8), block.label, block.dest, {
        font: f.theme.fonts.heading,
        size: f.type.h1,
        color: f.pal.accent,
      });
    else heading(c, rect(f.body.x, y, f.body.width, f.type.h1 * 1.8), block.label);
    y += f.type.h1 * 1.8 + 4;
    const rows = Math.ceil(block.months.length / cols);
    const h = rows * itemH + (rows - 1) * 6;
    b.links(
      rect(f.body.x, y, f.body.width, h),
      block.months.map((mi) => monthName(c.locale, fromMonthIndex(mi).month)),
      block.months.map((mi) => c.monthTarget.get(mi) ?? ""),
      style,
      { columns: cols, gap_x: 6, gap_y: 6, background_color: f.pal.wash },
    );
    y += h + 16;
  }
}

export function notesBody(c: BodyCtx) {
  paper(c.b, c.f, c.f.body, c.o.paper);
}

/** Days of a month, for the habit grid's master variants. */
export function daysOfMonth(mi: number): number {
  const { year, month } = fromMonthIndex(mi);
  return daysInMonth(year, month);
}
