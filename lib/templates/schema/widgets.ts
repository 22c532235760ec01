// The widget union (§3), discriminated by `type`.
import { z } from "zod";
import {
  anchorWidget,
  boxWidget,
  checkboxWidget,
  dividerWidget,
  dotGridWidget,
  imageWidget,
  internalLinkWidget,
  linesWidget,
  tapZoneWidget,
  textBlockWidget,
  verticalLineWidget,
} from "./widgets-basic";
import { calendarWidget, dayListWidget } from "./widgets-calendar";
import { linkListWidget, tableWidget } from "./widgets-table";

export const WIDGET_SCHEMAS = {
  text_block: textBlockWidget,
  checkbox: checkboxWidget,
  box: boxWidget,
  divider: dividerWidget,
  vertical_line: verticalLineWidget,
  lines: linesWidget,
  dot_grid: dotGridWidget,
  image: imageWidget,
  table: tableWidget,
  anchor: anchorWidget,
  internal_link: internalLinkWidget,
  tap_zone: tapZoneWidget,
  calendar: calendarWidget,
  day_list: dayListWidget,
  link_list: linkListWidget,
} as const;

export const WIDGET_TYPES = Object.keys(WIDGET_SCHEMAS) as (keyof typeof WIDGET_SCHEMAS)[];

export const widgetSchema = z.discriminatedUnion("type", [
  textBlockWidget,
  checkboxWidget,
  boxWidget,
  dividerWidget,
  verticalLineWidget,
  linesWidget,
  dotGridWidget,
  imageWidget,
  tableWidget,
  anchorWidget,
  internalLinkWidget,
  tapZoneWidget,
  calendarWidget,
  dayListWidget,
  linkListWidget,
]);
