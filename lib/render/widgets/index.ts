// Widget type → builder. Each builder lives in its own file (one widget per file).
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

export type WidgetBuilder = (ctx: WidgetContext) => void;

export const builders: Record<string, WidgetBuilder> = {
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
