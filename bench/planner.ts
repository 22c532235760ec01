// The benchmark document: a hyperlinked planner project (year → months → weeks → days) with a
// 600-dot grid and 30 ruled lines on every day page, over any date range. Until lib/examples ships
// its parameterised year planner, the bench generates this equivalent one.
export function plannerYaml(start: string, end: string): string {
  const startYear = Number(start.slice(0, 4));
  const endYear = Number(end.slice(0, 4));
  const years = Array.from({ length: endYear - startYear + 1 }, (_, i) => startYear + i);
  return `id: 6f1c2a9e-3b7d-4c55-9a01-2d8e4b7f0c13
metadata:
  name: Bench planner ${start} to ${end}
  category: planner
  device_profile: remarkable-2
  created_at: "2026-01-01T00:00:00Z"
masters:
  - name: year
    widgets:
      - {id: a, type: anchor, position: {x: 36, y: 36, width: 10, height: 10}, properties: {dest_id: "year:{year}"}}
      - {id: title, type: text_block, position: {x: 36, y: 36, width: 375, height: 40}, content: "{year}", styling: {size: 28}}
      - id: months
        type: link_list
        position: {x: 36, y: 90, width: 375, height: 460}
        properties:
          columns: 2
          gap_x: 8
          gap_y: 6
          labels: [January, February, March, April, May, June, July, August, September, October, November, December]
          destinations: ["month:{year}-01", "month:{year}-02", "month:{year}-03", "month:{year}-04", "month:{year}-05", "month:{year}-06", "month:{year}-07", "month:{year}-08", "month:{year}-09", "month:{year}-10", "month:{year}-11", "month:{year}-12"]
  - name: month
    widgets:
      - {id: a, type: anchor, position: {x: 36, y: 36, width: 10, height: 10}, properties: {dest_id: "month:{year}-{month_padded}"}}
      - {id: title, type: text_block, position: {x: 36, y: 36, width: 280, height: 36}, content: "{month_name} {year}", styling: {size: 22}}
      - {id: up, type: internal_link, position: {x: 331, y: 36, width: 80, height: 36}, content: "Year", properties: {to_dest: "year:{year}"}, styling: {text_align: right}}
      - id: grid
        type: calendar
        position: {x: 36, y: 84, width: 375, height: 320}
        properties: {calendar_type: monthly, start_date: "{year}-{month_padded}-01", link_strategy: named_destinations, link_template: "day:{date}", week_numbers: true, week_link_template: "week:{iso_year}-W{week:02d}"}
        styling: {size: 12}
      - {id: prev, type: internal_link, position: {x: 36, y: 420, width: 120, height: 30}, content: "< Previous", properties: {to_dest: "month:{month_prev_ym}"}}
      - {id: next, type: internal_link, position: {x: 291, y: 420, width: 120, height: 30}, content: "Next >", properties: {to_dest: "month:{month_next_ym}"}, styling: {text_align: right}}
      - {id: notes, type: lines, position: {x: 36, y: 460, width: 375, height: 100}, properties: {line_spacing: 20, line_count: 5}}
  - name: week
    widgets:
      - {id: a, type: anchor, position: {x: 36, y: 36, width: 10, height: 10}, properties: {dest_id: "week:{iso_week}"}}
      - {id: title, type: text_block, position: {x: 36, y: 36, width: 280, height: 30}, content: "Week {week}, {year}", styling: {size: 18}}
      - {id: month, type: internal_link, position: {x: 331, y: 36, width: 80, height: 30}, content: "Month", properties: {to_dest: "month:{year}-{month_padded}"}}
      - id: days
        type: calendar
        position: {x: 36, y: 80, width: 375, height: 470}
        properties: {calendar_type: weekly, start_date: "{date}", link_strategy: named_destinations, link_template: "day:{date}"}
  - name: day
    widgets:
      - {id: a, type: anchor, position: {x: 36, y: 36, width: 10, height: 10}, properties: {dest_id: "day:{date}"}}
      - {id: title, type: text_block, position: {x: 36, y: 36, width: 375, height: 26}, content: "{date_long}", styling: {size: 16}}
      - {id: prev, type: internal_link, position: {x: 36, y: 66, width: 70, height: 30}, content: "< Prev", properties: {to_dest: "day:{date_prev}"}}
      - {id: week, type: internal_link, position: {x: 146, y: 66, width: 70, height: 30}, content: "Week", properties: {to_dest: "week:{iso_week}"}, styling: {text_align: center}}
      - {id: month, type: internal_link, position: {x: 231, y: 66, width: 70, height: 30}, content: "Month", properties: {bind: "month(@year-@month_padded)"}, styling: {text_align: center}}
      - {id: next, type: internal_link, position: {x: 341, y: 66, width: 70, height: 30}, content: "Next >", properties: {to_dest: "day:{date_next}"}, styling: {text_align: right}}
      - id: mini
        type: calendar
        position: {x: 36, y: 100, width: 375, height: 130}
        properties: {calendar_type: monthly, start_date: "{year}-{month_padded}-01", link_strategy: named_destinations, link_template: "day:{date}", show_weekdays: false}
        styling: {size: 10}
      - {id: ruled, type: lines, position: {x: 36, y: 236, width: 375, height: 170}, properties: {line_spacing: 5.6, line_count: 30, line_thickness: 0.75}, styling: {stroke_color: "#888888"}}
      - {id: dots, type: dot_grid, position: {x: 36, y: 410, width: 375, height: 150}, properties: {grid_cell_size: 15, dot_size: 1.5, dot_color: "#999999"}}
plan:
  locale: en
  calendar: {start_date: "${start}", end_date: "${end}"}
  order: [${years.map((y) => `year${y}`).join(", ")}, months, weeks, days]
  sections:
${years.map((y) => `    - {kind: year${y}, master: year, generate: once, context: {year: ${y}}}`).join("\n")}
    - {kind: months, master: month, generate: each_month}
    - {kind: weeks, master: week, generate: each_week}
    - {kind: days, master: day, generate: each_day}
`;
}

export const SIZES = {
  third: ["2026-01-01", "2026-04-30"],
  year: ["2026-01-01", "2026-12-31"],
  two: ["2026-01-01", "2027-12-31"],
  max: ["2026-01-01", "2028-04-10"],
} as const satisfies Record<string, readonly [string, string]>;
export type SizeName = keyof typeof SIZES;
