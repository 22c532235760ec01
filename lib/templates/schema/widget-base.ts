// The common widget envelope (§3.1) and styling (§3.4). Each widget type supplies a properties
// schema whose keys are all optional, plus a `fill` that applies the type's defaults; the keys the
// author actually wrote are kept in `authored` for constraint enforcement (§7.5).
import { z } from "zod";
import type { Styling, WidgetOf, WidgetPropertiesMap, WidgetType } from "../types";
import { MAX_PAGE_SIDE_PT } from "../cost";
import { colour, fillColour, id, int, intIn, nonNegative, positive, text, textAlign } from "./primitives";

// No widget is larger than the largest PDF page, or starts beyond it.
const side = (what: string) => z.number().max(MAX_PAGE_SIDE_PT, `must be at most ${MAX_PAGE_SIDE_PT.toLocaleString("en-US")} pt (${what})`);
export const positionSchema = z.object({
  x: nonNegative().pipe(side("the largest PDF page")),
  y: nonNegative().pipe(side("the largest PDF page")),
  width: positive().pipe(side("the largest PDF page")),
  height: positive().pipe(side("the largest PDF page")),
});

export const stylingSchema = z.object({
  font: text().optional(),
  size: positive().optional(),
  color: colour().optional(),
  text_align: textAlign().optional(),
  underline: z.boolean().optional(),
  line_height: positive().optional(),
  stroke_color: colour().optional(),
  fill_color: fillColour().optional(),
  line_width: nonNegative().optional(),
  check_color: colour().optional(),
});
/** The styling keys the format defines (§3.4), for references and example checks. */
export const STYLING_KEYS = Object.keys(stylingSchema.shape);
type ParsedStyling = z.output<typeof stylingSchema>;

/** `styling:` or `properties:` with nothing after it is YAML null; read it as an empty mapping. */
export function nullAsAbsent<S extends z.ZodType>(schema: S) {
  return z.preprocess((v) => (v === null ? undefined : v), schema.optional());
}

/** Keys that exist only for an editor: accepted, never reported, dropped from the output. */
export const ignoredKey = () => z.unknown().optional();

const SMALL_TEXT_TYPES = new Set<WidgetType>(["table", "calendar", "day_list"]);
const LINK_TEXT_TYPES = new Set<WidgetType>(["internal_link", "link_list"]);
const LINE_WIDTH_RANGE: Partial<Record<WidgetType, [number, number]>> = {
  box: [0, 10],
  divider: [0, 10],
  vertical_line: [0, 10],
  checkbox: [0.1, 5],
};

export function stylingDefaults(type: WidgetType): Styling {
  return {
    font: "Helvetica",
    size: SMALL_TEXT_TYPES.has(type) ? 10 : 12,
    color: LINK_TEXT_TYPES.has(type) ? "#0066CC" : "#000000",
    text_align: "left",
    underline: false,
    line_height: 1.2,
    stroke_color: "#000000",
    fill_color: type === "checkbox" ? "#FFFFFF" : null,
    line_width: 1,
    check_color: "#000000",
  };
}

/** §3.3 step 3: line heights below 0.8 read as 0.8. */
function normaliseStyling(styling: Styling): Styling {
  return styling.line_height < 0.8 ? { ...styling, line_height: 0.8 } : styling;
}

/** Drops keys whose value is undefined, so spreading over defaults keeps the defaults. */
export function defined<T extends object>(value: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(value) as (keyof T)[]) {
    if (value[key] !== undefined) out[key] = value[key];
  }
  return out;
}

type FillContext = {
  /** Reports a schema error at `properties.<path>`. */
  issue: (path: (string | number)[], message: string, input?: unknown) => void;
};

export function defineWidget<T extends WidgetType, S extends z.ZodType<object>>(
  type: T,
  properties: S,
  fill: (parsed: z.output<S>, ctx: FillContext) => WidgetPropertiesMap[T],
) {
  // Read-only here: each widget spreads it into a fresh styling object.
  const defaults = stylingDefaults(type);
  return z
    .object({
      id: id(),
      type: z.literal(type),
      page: intIn(1, 10000).optional(),
      position: positionSchema,
      z_order: int().optional(),
      background_color: fillColour().optional(),
      content: text().optional(),
      styling: nullAsAbsent(stylingSchema),
      // Absent properties validate as {} so required keys are reported at their own path.
      properties: z.preprocess((v) => (v === null || v === undefined ? {} : v), properties),
    })
    .transform((w, zctx): WidgetOf<T> => {
      const ctx: FillContext = {
        issue: (path, message, input) => zctx.issues.push({ code: "custom", message, input, path: ["properties", ...path] }),
      };
      const parsedStyling: ParsedStyling = w.styling ?? {};
      // The generic S hides the key from inference; the preprocess above guarantees an object.
      const parsedProps = (w as { properties?: unknown }).properties as z.output<S>;
      const range = LINE_WIDTH_RANGE[type];
      const lw = parsedStyling.line_width;
      if (range && lw !== undefined && (lw < range[0] || lw > range[1])) {
        zctx.issues.push({
          code: "custom",
          message: `must be between ${range[0]} and ${range[1]} (got ${lw})`,
          input: lw,
          path: ["styling", "line_width"],
        });
      }
      const props = fill(parsedProps, ctx);
      const ownStyling = defined(parsedStyling);
      const authored: string[] = [];
      for (const k of Object.keys(ownStyling)) authored.push(`styling.${k}`);
      for (const k of Object.keys(parsedProps))
        if ((parsedProps as Record<string, unknown>)[k] !== undefined) authored.push(`properties.${k}`);
      return {
        id: w.id,
        type,
        page: w.page ?? 1,
        position: w.position,
        z_order: w.z_order ?? 0,
        background_color: w.background_color ?? null,
        content: w.content ?? "",
        styling: normaliseStyling({ ...defaults, ...ownStyling }),
        properties: props,
        authored,
      } as WidgetOf<T>;
    });
}
