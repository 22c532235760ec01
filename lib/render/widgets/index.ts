// Widget type → builder. Each builder lives in its own file (one widget per file) and gets its own
// widget type (`WidgetOf<"lines">`), so it reads validated, defaulted properties without re-checking them.
import type { WidgetOf, WidgetType } from "@/lib/templates/types";
import type { WidgetContext } from "../widget-context";
import { buildAnchor } from "./anchor";
import { buildBox } from "./box";
import { buildDayList } from "./day-list";
import { buildImage } from "./image";
import { buildLinkList } from "./link-list";
import { buildTable } from "./table";
import { buildCalendar } from "./calendar";
import { buildCheckbox } from "./checkbox";
import { buildDotGrid } from "./dot-grid";
import { buildInternalLink } from "./internal-link";
import { buildLines } from "./lines";
import { buildRule } from "./rule";
import { buildTapZone } from "./tap-zone";
import { buildTextBlock } from "./text-block";

type Builders = { [T in WidgetType]: (ctx: WidgetContext<WidgetOf<T>>) => void };

/** Exported so a test can swap one builder for a failing one (paint-guard.test.ts). */
export const builders: Builders = {
  text_block: buildTextBlock,
  box: buildBox,
  divider: (ctx) => buildRule(ctx, false),
  vertical_line: (ctx) => buildRule(ctx, true),
  lines: buildLines,
  dot_grid: buildDotGrid,
  checkbox: buildCheckbox,
  anchor: buildAnchor,
  internal_link: buildInternalLink,
  tap_zone: buildTapZone,
  calendar: buildCalendar,
  link_list: buildLinkList,
  table: buildTable,
  day_list: buildDayList,
  image: buildImage,
};

/** Builds one widget with the builder of its `type`. */
export function buildWidget<T extends WidgetType>(ctx: WidgetContext<WidgetOf<T>>): void {
  const build: (ctx: WidgetContext<WidgetOf<T>>) => void = builders[ctx.w.type];
  build(ctx);
}
