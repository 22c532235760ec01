// Rewrites legacy spellings (§3.19, D32) to canonical ones before schema validation, emitting one
// `deprecated` warning per document and key; softens invalid styling colours (§3.2); fills a missing
// profile (§2.3). Mutates the (already cloned) raw document.
import { DEFAULT_PROFILE_ID } from "./schema/document";
import { isColour, isFillColour } from "./schema/primitives";
import { showValue, type PathSegment } from "./paths";
import { has, isRecord, mapAt, widgetLists, type RawMap } from "./raw";
import type { DiagnosticSink } from "./sink";

const STYLING_ALIASES: [alias: string, key: string][] = [
  ["font_size", "size"],
  ["font_color", "color"],
];
const STYLING_COLOURS = ["color", "stroke_color", "check_color"];
const ORIENTATION_TYPES = new Set(["text_block", "checkbox", "internal_link", "link_list", "day_list"]);
const CALENDAR_STRATEGY: Record<string, string> = { template: "named_destinations", no_links: "none" };

function normaliseStyling(styling: RawMap, path: PathSegment[], sink: DiagnosticSink, strict: boolean): void {
  for (const [alias, key] of STYLING_ALIASES) {
    if (!has(styling, alias)) continue;
    if (has(styling, key)) {
      sink.add("info", "lint", [...path, alias], `both ${key} and its alias ${alias} are set; ${key} wins`);
    } else {
      styling[key] = styling[alias];
      sink.addOnce(`styling.${alias}`, "warning", "deprecated", [...path, alias], `${alias} is deprecated; use ${key}`);
    }
    delete styling[alias];
  }
  for (const key of [...STYLING_COLOURS, "fill_color"]) {
    if (!has(styling, key)) continue;
    const value = styling[key];
    const ok = key === "fill_color" ? isFillColour(value) : isColour(value);
    if (ok) continue;
    const expected = key === "fill_color" ? "a colour #RRGGBB, none or transparent" : "a colour #RRGGBB";
    const message = strict
      ? `must be ${expected} (got ${showValue(value)})`
      : `must be ${expected} (got ${showValue(value)}); the default is used`;
    sink.add(strict ? "error" : "warning", "schema", [...path, key], message);
    delete styling[key];
  }
}

function normaliseProperties(type: unknown, props: RawMap, path: PathSegment[], sink: DiagnosticSink): void {
  if (ORIENTATION_TYPES.has(String(type)) && props.orientation === "vertical") {
    props.orientation = "vertical_cw";
    sink.addOnce("orientation", "warning", "deprecated", [...path, "orientation"], "orientation vertical is deprecated; use vertical_cw");
  }
  if (type === "calendar" && typeof props.link_strategy === "string") {
    const canonical = Object.hasOwn(CALENDAR_STRATEGY, props.link_strategy) ? CALENDAR_STRATEGY[props.link_strategy] : undefined;
    if (canonical) {
      sink.addOnce(
        `link_strategy.${props.link_strategy}`,
        "warning",
        "deprecated",
        [...path, "link_strategy"],
        `link_strategy ${props.link_strategy} is deprecated; use ${canonical}`,
      );
      props.link_strategy = canonical;
    }
  }
  if (type === "link_list" && has(props, "count") && !has(props, "labels")) {
    sink.addOnce(
      "link_list.count",
      "warning",
      "deprecated",
      [...path, "count"],
      "the count/label_template/bind generator is deprecated; use labels and destinations",
    );
  }
}

function lintProperties(type: unknown, props: RawMap, path: PathSegment[], sink: DiagnosticSink): void {
  if (type === "lines" && props.line_style === "grid") {
    sink.add("info", "lint", [...path, "line_style"], "line_style grid is an editor value; drawn as solid");
  }
  if (type === "calendar" && has(props, "first_day_of_week")) {
    const v = String(props.first_day_of_week).trim().toLowerCase();
    if (!["0", "6", "monday", "mon", "sunday", "sun"].includes(v)) {
      sink.add("info", "lint", [...path, "first_day_of_week"], `unrecognised value ${showValue(props.first_day_of_week)}; Monday is used`);
    }
  }
  if (type === "day_list" && has(props, "orientation") && props.orientation !== "horizontal") {
    sink.add("info", "lint", [...path, "orientation"], "day_list text is always drawn horizontally");
  }
}

export function normaliseRaw(doc: RawMap, sink: DiagnosticSink, strict: boolean): void {
  if (typeof doc.schema_version === "number" && doc.schema_version === 1) {
    doc.schema_version = "1.0";
    sink.add("warning", "deprecated", ["schema_version"], 'unquoted 1.0 is read as a number; write "1.0"');
  }
  const metadata = mapAt(doc, "metadata");
  if (
    metadata &&
    (metadata.profile === undefined ||
      metadata.profile === null ||
      (typeof metadata.profile === "string" && metadata.profile.trim() === ""))
  ) {
    metadata.profile = DEFAULT_PROFILE_ID;
    sink.add("warning", "schema", ["metadata", "profile"], `missing; using the default profile ${DEFAULT_PROFILE_ID}`);
  }
  for (const list of widgetLists(doc)) {
    list.widgets.forEach((widget, i) => {
      if (!isRecord(widget)) return;
      const path = [...list.path, i];
      const styling = mapAt(widget, "styling");
      if (styling) normaliseStyling(styling, [...path, "styling"], sink, strict);
      const props = mapAt(widget, "properties");
      if (props) {
        normaliseProperties(widget.type, props, [...path, "properties"], sink);
        lintProperties(widget.type, props, [...path, "properties"], sink);
      }
    });
  }
}
