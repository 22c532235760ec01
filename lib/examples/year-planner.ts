// Full hyperlinked planner: year → months → weeks → days, with back-links up the hierarchy,
// previous/next links at every level, an outline, and a dot grid plus ruled lines on every day page.
// Also the renderer's benchmark document, so the date range is a parameter.
import { formatIsoDate, fromDayNumber, mondayOf, parseIsoDate, pad } from "@/lib/templates/tokens/dates";
import { monthName, resolveLocale } from "@/lib/templates/tokens/locales";

export type YearPlannerOptions = {
  /** Inclusive `YYYY-MM-DD` range. */
  startDate: string;
  endDate: string;
  locale?: string;
  name?: string;
};

// boox-note-air-4c: 445.3 × 593.8 pt, 36-pt safe margins, 10-pt minimum font, 30-pt touch targets.
const W = 373.3;
const L = 36;
const R = L + W;

const link = (id: string, x: number, y: number, w: number, h: number, label: string, to: string, extra = "") =>
  `      - {id: ${id}, type: internal_link, position: {x: ${x}, y: ${y}, width: ${w}, height: ${h}}, content: ${JSON.stringify(label)}, properties: {${to}}${extra}}`;

function yearMaster(year: number, first: number, last: number, locale: string, alias: string | undefined): string {
  const loc = resolveLocale(locale).locale;
  const lines = [
    `  - name: year ${year}`,
    "    widgets:",
    `      - {id: a, type: anchor, position: {x: ${L}, y: ${L}, width: 10, height: 10}, properties: {dest_id: "year:{year}"}}`,
    `      - {id: title, type: text_block, position: {x: ${L}, y: ${L}, width: 200, height: 40}, content: "{year}", styling: {font: Helvetica-Bold, size: 30}}`,
  ];
  if (alias)
    lines.push(`      - {id: alias, type: anchor, position: {x: ${L}, y: ${L}, width: 10, height: 10}, properties: {dest_id: "${alias}"}}`);
  const firstYear = fromDayNumber(first).year;
  const lastYear = fromDayNumber(last).year;
  if (year > firstYear) lines.push(link("prev", R - 130, 41, 60, 30, `‹ ${year - 1}`, `to_dest: "year:${year - 1}"`));
  if (year < lastYear)
    lines.push(link("next", R - 60, 41, 60, 30, `${year + 1} ›`, `to_dest: "year:${year + 1}"`, ", styling: {text_align: right}"));
  lines.push(`      - {id: rule, type: divider, position: {x: ${L}, y: 80, width: ${W}, height: 4}, styling: {line_width: 1}}`);
  const cw = (W - 2 * 14) / 3;
  const ch = (557.8 - 92 - 3 * 12) / 4;
  for (let m = 1; m <= 12; m++) {
    const x = +(L + ((m - 1) % 3) * (cw + 14)).toFixed(1);
    const y = +(92 + Math.floor((m - 1) / 3) * (ch + 12)).toFixed(1);
    const size = `width: ${cw.toFixed(1)}, height: ${ch.toFixed(1)}`;
    const ym = year * 12 + m - 1;
    const a = fromDayNumber(first);
    const b = fromDayNumber(last);
    const inRange = ym >= a.year * 12 + a.month - 1 && ym <= b.year * 12 + b.month - 1;
    lines.push(
      `      - {id: box${m}, type: box, position: {x: ${x}, y: ${y}, ${size}}, styling: {stroke_color: "#888888", line_width: 0.75}, properties: {corner_radius: 6}}`,
    );
    const label = monthName(loc, m);
    if (inRange)
      lines.push(
        `      - {id: m${m}, type: internal_link, position: {x: ${x}, y: ${y}, ${size}}, content: ${JSON.stringify(label)}, styling: {size: 15, color: "#000000", text_align: center}, properties: {to_dest: "month:{year}-${pad(m, 2)}"}}`,
      );
    else
      lines.push(
        `      - {id: m${m}, type: text_block, position: {x: ${x}, y: ${y}, ${size}}, content: ${JSON.stringify(label)}, styling: {size: 15, color: "#AAAAAA", text_align: center}}`,
      );
  }
  return lines.join("\n");
}

const MONTH_MASTER = `  - name: month
    widgets:
      - {id: a, type: anchor, position: {x: ${L}, y: ${L}, width: 10, height: 10}, properties: {dest_id: "month:{year}-{month_padded}"}}
      - {id: title, type: text_block, position: {x: ${L}, y: ${L}, width: 190, height: 36}, content: "{month_name}", styling: {font: Helvetica-Bold, size: 24}}
${link("year", 226, 39, 70, 30, "{year}", `bind: "year(@year)"`, ", styling: {size: 16}")}
${link("prev", R - 100, 39, 45, 30, "‹", `to_dest: "month:{month_prev_ym}"`, ", styling: {size: 18, text_align: center}")}
${link("next", R - 45, 39, 45, 30, "›", `to_dest: "month:{month_next_ym}"`, ", styling: {size: 18, text_align: center}")}
      - {id: rule, type: divider, position: {x: ${L}, y: 76, width: ${W}, height: 4}}
      - id: grid
        type: calendar
        position: {x: ${L}, y: 86, width: ${W}, height: 300}
        # 17 pt makes the week-number column (1.8 × size) wide enough for a 30-pt touch target.
        styling: {size: 17}
        properties: {calendar_type: monthly, start_date: "{year}-{month_padded}-01", show_month_name: false, show_year: false,
                     link_strategy: named_destinations, link_template: "day:{date}", week_numbers: true,
                     week_link_template: "week:{iso_week}", first_day_of_week: monday, force_weeks: 6}
      - {id: goals, type: text_block, position: {x: ${L}, y: 396, width: ${W}, height: 18}, content: "Goals", styling: {font: Helvetica-Bold, size: 12}}
      - {id: lines, type: lines, position: {x: ${L}, y: 414, width: ${W}, height: 144}, properties: {line_spacing: 24, line_count: 6, top_padding: 24}, styling: {stroke_color: "#999999"}}
      - {id: footer, type: text_block, position: {x: ${L}, y: 562, width: ${W}, height: 14}, content: "{page}", styling: {size: 10, color: "#777777", text_align: right}}`;

const WEEK_MASTER = `  - name: week
    widgets:
      - {id: a, type: anchor, position: {x: ${L}, y: ${L}, width: 10, height: 10}, properties: {dest_id: "week:{iso_week}"}}
      - {id: title, type: text_block, position: {x: ${L}, y: ${L}, width: 150, height: 36}, content: "Week {week}", styling: {font: Helvetica-Bold, size: 24}}
${link("month", 186, 39, 110, 30, "{month_name} {year}", `bind: "month(@year-@month_padded)"`)}
${link("prev", R - 100, 39, 45, 30, "‹", `to_dest: "week:{iso_week_prev}"`, ", styling: {size: 18, text_align: center}")}
${link("next", R - 45, 39, 45, 30, "›", `to_dest: "week:{iso_week_next}"`, ", styling: {size: 18, text_align: center}")}
      - {id: rule, type: divider, position: {x: ${L}, y: 76, width: ${W}, height: 4}}
      - id: days
        type: calendar
        position: {x: ${L}, y: 86, width: ${W}, height: 462}
        styling: {size: 12}
        properties: {calendar_type: weekly, start_date: "{date}", layout_orientation: vertical, cell_min_size: 60,
                     link_strategy: named_destinations, link_template: "day:{date}", first_day_of_week: monday}
      - {id: footer, type: text_block, position: {x: ${L}, y: 562, width: ${W}, height: 14}, content: "{page}", styling: {size: 10, color: "#777777", text_align: right}}`;

const DAY_MASTER = `  - name: day
    widgets:
      - {id: a, type: anchor, position: {x: ${L}, y: ${L}, width: 10, height: 10}, properties: {dest_id: "day:{date}"}}
      - {id: title, type: text_block, position: {x: ${L}, y: ${L}, width: ${W}, height: 28}, content: "{date_long}", styling: {font: Helvetica-Bold, size: 16}}
      - id: nav
        type: link_list
        position: {x: ${L}, y: 68, width: ${W}, height: 30}
        styling: {size: 11, text_align: center}
        properties:
          columns: 5
          gap_x: 4
          labels: ["‹ Prev", "Week {week}", "{month_abbr}", "{year}", "Next ›"]
          destinations: ["day:{date_prev}", "week:{iso_week}", "month:{year}-{month_padded}", "year:{year}", "day:{date_next}"]
          background_color: "#EEEEEE"
      - id: month
        type: calendar
        position: {x: ${L}, y: 106, width: 240, height: 212}
        styling: {size: 10}
        properties: {calendar_type: monthly, start_date: "{date}", link_strategy: named_destinations, link_template: "day:{date}",
                     first_day_of_week: monday, force_weeks: 6, highlight_date: "{date}", month_name_format: short, cell_padding: 2}
      - {id: top, type: text_block, position: {x: 288, y: 106, width: 121.3, height: 22}, content: "Priorities", styling: {font: Helvetica-Bold, size: 12}}
      - {id: p1, type: checkbox, position: {x: 288, y: 132, width: 121.3, height: 30}, properties: {box_size: 12}}
      - {id: p2, type: checkbox, position: {x: 288, y: 166, width: 121.3, height: 30}, properties: {box_size: 12}}
      - {id: p3, type: checkbox, position: {x: 288, y: 200, width: 121.3, height: 30}, properties: {box_size: 12}}
      - {id: p4, type: checkbox, position: {x: 288, y: 234, width: 121.3, height: 30}, properties: {box_size: 12}}
      - {id: p5, type: checkbox, position: {x: 288, y: 268, width: 121.3, height: 30}, properties: {box_size: 12}}
      - {id: notes, type: lines, position: {x: ${L}, y: 326, width: ${W}, height: 120}, properties: {line_spacing: 24, line_count: 5, top_padding: 22}, styling: {stroke_color: "#999999"}}
      - {id: sketch, type: dot_grid, position: {x: ${L}, y: 452, width: ${W}, height: 104}, properties: {grid_cell_size: 14, dot_size: 1.5, dot_color: "#888888"}}
      - {id: footer, type: text_block, position: {x: ${L}, y: 562, width: ${W}, height: 14}, content: "{page}", styling: {size: 10, color: "#777777", text_align: right}}`;

/** YAML of a planner project for the inclusive range; throws on an invalid range. */
export function yearPlannerYaml(options: YearPlannerOptions): string {
  const first = parseIsoDate(options.startDate);
  const last = parseIsoDate(options.endDate);
  if (first === undefined || last === undefined || last < first) throw new Error("yearPlannerYaml: invalid date range");
  const locale = options.locale ?? "en";
  const a = fromDayNumber(first);
  const b = fromDayNumber(last);
  const years: number[] = [];
  for (let y = a.year; y <= b.year; y++) years.push(y);
  // The first week page may start before the range (its Monday); its month link then lands on the
  // first year page through this alias instead of dangling.
  const lead = fromDayNumber(mondayOf(first));
  const alias = lead.year * 12 + lead.month < a.year * 12 + a.month ? `month:${pad(lead.year, 4)}-${pad(lead.month, 2)}` : undefined;
  const name = options.name ?? (years.length === 1 ? `Planner ${a.year}` : `Planner ${a.year}–${b.year}`);
  const range = `start_date: "${formatIsoDate(first)}", end_date: "${formatIsoDate(last)}"`;
  return `# Hyperlinked planner ${formatIsoDate(first)} … ${formatIsoDate(last)} (generated by yearPlannerYaml)
metadata:
  name: ${JSON.stringify(name)}
  description: Year, month, week and day pages linked both ways, with an outline.
  category: planner
  device_profile: boox-note-air-4c
  created_at: "${formatIsoDate(first)}T00:00:00Z"
masters:
${years.map((y, i) => yearMaster(y, first, last, locale, i === 0 ? alias : undefined)).join("\n")}
${MONTH_MASTER}
${WEEK_MASTER}
${DAY_MASTER}
plan:
  locale: ${locale}
  calendar: {${range}}
  sections:
${years.map((y) => `    - {kind: year_${y}, master: year ${y}, generate: once, context: {year: ${y}}, outline: {title: "${y}", level: 1}}`).join("\n")}
    # Explicit outline entries (extension): years with their months, and nothing for the alias anchor.
    - {kind: months, master: month, generate: each_month, outline: {title: "{month_name}", level: 2}}
    - {kind: weeks, master: week, generate: each_week}
    - {kind: days, master: day, generate: each_day}
`;
}

/** The gallery's planner for one calendar year (2026: 1 + 12 + 53 + 365 = 431 pages). */
export const yearPlanner = (year: number) => yearPlannerYaml({ startDate: `${year}-01-01`, endDate: `${year}-12-31` });
