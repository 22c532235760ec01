// Normalised template types (docs/template-language §2–§4). `parseTemplate` returns these: deprecated
// spellings are already mapped to canonical ones, defaults are filled in, colours are upper-case
// `#RRGGBB`, and `null` means "no fill". The renderer never sees raw YAML spellings.

export type Colour = string;
/** `null` = no fill (`none` / `transparent` in the source). */
export type FillColour = Colour | null;
export type TextAlign = "left" | "center" | "right";
export type Orientation = "horizontal" | "vertical_cw" | "vertical_ccw";
export type WeekStart = "monday" | "sunday";
export type NameStyle = "short" | "narrow" | "full";

export type Position = { x: number; y: number; width: number; height: number };

/** §3.4 with per-type defaults applied (e.g. size 10 for table/calendar/day_list, colour #0066CC for links). */
export type Styling = {
  font: string;
  size: number;
  color: Colour;
  text_align: TextAlign;
  underline: boolean;
  line_height: number;
  stroke_color: Colour;
  fill_color: FillColour;
  line_width: number;
  check_color: Colour;
};
export type StylingKey = keyof Styling;

export type TextBlockProperties = { orientation: Orientation };
export type CheckboxProperties = { checked: boolean; box_size: number; orientation: Orientation };
export type BoxProperties = { corner_radius: number; opacity: number };
export type EmptyProperties = Record<string, never>;

export type LineSegment = { x1: number; y1: number; x2: number; y2: number };
export type LinesProperties = {
  line_spacing: number;
  line_count: number;
  line_thickness: number;
  margin_left: number;
  margin_right: number;
  top_padding: number;
  bottom_padding: number;
  /** `grid` in the source is normalised to `solid` (with a lint note). */
  line_style: "solid" | "dotted" | "dashed";
  line_cap: "butt" | "round" | "square";
  columns: number;
  column_gap: number;
  /** Present → custom mode (D16): segments relative to the widget's top-left corner. */
  lines?: LineSegment[];
};

export type DotGridProperties = {
  grid_cell_size: number;
  /** Already capped at grid_cell_size / 2. */
  dot_size: number;
  dot_shape: "round" | "square";
  dot_color: Colour;
  margin_left: number;
  margin_right: number;
  margin_top: number;
  margin_bottom: number;
};

export type ImageProperties = {
  image_data?: string;
  image_src?: string;
  image_fit: "fit" | "actual" | "stretch";
  convert_to_grayscale: boolean;
  opacity: number;
};

export type BorderStyle = "none" | "outer" | "all" | "horizontal" | "vertical";
export type TableProperties = {
  rows: number;
  columns: number;
  has_header: boolean;
  /** Always (rows + header) × columns strings: padded/trimmed, or the `R{r}C{c}` placeholder. */
  table_data: string[][];
  /** Relative weights, length = columns (equal when absent). */
  column_widths: number[];
  border_style: BorderStyle;
  stroke_color: Colour;
  stroke_width: number;
  cell_padding: number;
  row_height: number;
  header_background: FillColour;
  header_color: Colour;
  zebra_rows: boolean;
  even_row_bg: FillColour;
  odd_row_bg: FillColour;
  text_align: TextAlign;
  text_wrap: boolean;
  max_lines: number;
  link_template?: string;
  /** Empty = every column. */
  link_columns: number[];
};

export type AnchorProperties = { dest_id: string };

export type InternalLinkProperties = {
  to_dest?: string;
  bind?: string;
  orientation: Orientation;
  highlight: boolean;
  highlight_color: Colour;
  background_color?: FillColour;
};

export type TapZoneProperties = {
  to_dest?: string;
  bind?: string;
  tap_action: "page_link" | "next_page" | "prev_page";
  target_page?: number;
};

/** Calendar `template`/`named_destinations` → `named_destinations`; `no_links`/`none` → `none`. */
export type LinkStrategy = "none" | "simple" | "named_destinations" | "sequential_pages";

export type CalendarProperties = {
  calendar_type: "monthly" | "weekly" | "custom_range";
  start_date: string;
  end_date?: string;
  show_weekdays: boolean;
  show_month_name: boolean;
  show_year: boolean;
  show_grid_lines: boolean;
  layout_orientation: "horizontal" | "vertical";
  first_day_of_week: WeekStart;
  cell_min_size: number;
  link_strategy: LinkStrategy;
  link_template: string;
  week_link_template: string;
  first_page_number: number;
  pages_per_date: number;
  show_trailing_days: boolean;
  highlight_today: boolean;
  highlight_date?: string;
  weekday_label_style: NameStyle;
  month_name_format: "long" | "short";
  week_numbers: boolean;
  cell_padding: number;
  /** Clamped to 4–6 when present; absent = automatic. */
  force_weeks?: number;
  show_time_grid: boolean;
  show_time_gutter: boolean;
  time_start_hour: number;
  time_end_hour: number;
  time_slot_minutes: number;
  time_label_interval: number;
  locale?: string;
};

export type DayListProperties = {
  start_date: string;
  show_day_numbers: boolean;
  show_weekday_names: boolean;
  weekday_format: NameStyle;
  show_week_numbers: boolean;
  row_height: number;
  show_notes_lines: boolean;
  notes_line_count: number;
  highlight_weekends: boolean;
  weekend_color: Colour;
  first_day_of_week: WeekStart;
  /** `no_links` in the source → `none`. `simple` is not a day_list strategy. */
  link_strategy: Exclude<LinkStrategy, "simple">;
  link_template: string;
  week_link_template: string;
  first_page_number: number;
  show_month_header: boolean;
  show_year_in_header: boolean;
  month_name_format: "long" | "short";
  orientation: Orientation;
};

export type LinkListProperties = {
  /** The legacy generator model (§3.17 count/label_template/bind) is expanded into these. */
  labels: string[];
  destinations: string[];
  columns: number;
  orientation: Orientation;
  gap_x: number;
  gap_y: number;
  item_height?: number;
  /** 1-based; a string when it is a token such as `{month}`. */
  highlight_index?: number | string;
  highlight_color: Colour;
  background_color?: FillColour;
};

export type WidgetPropertiesMap = {
  text_block: TextBlockProperties;
  checkbox: CheckboxProperties;
  box: BoxProperties;
  divider: EmptyProperties;
  vertical_line: EmptyProperties;
  lines: LinesProperties;
  dot_grid: DotGridProperties;
  image: ImageProperties;
  table: TableProperties;
  anchor: AnchorProperties;
  internal_link: InternalLinkProperties;
  tap_zone: TapZoneProperties;
  calendar: CalendarProperties;
  day_list: DayListProperties;
  link_list: LinkListProperties;
};
export type WidgetType = keyof WidgetPropertiesMap;

export type WidgetOf<T extends WidgetType> = {
  id: string;
  type: T;
  page: number;
  position: Position;
  z_order: number;
  background_color: FillColour;
  content: string;
  styling: Styling;
  properties: WidgetPropertiesMap[T];
  /**
   * Keys the author wrote, as `styling.<key>` / `properties.<key>` (canonical spellings). Constraint
   * enforcement (§7.5) warns only for these; defaults are raised silently.
   */
  authored: string[];
};
export type Widget = { [T in WidgetType]: WidgetOf<T> }[WidgetType];

export type Metadata = {
  name: string;
  description: string;
  category: string;
  version: string;
  author: string;
  created: string;
  /** Filled with the default profile (and a warning) when missing. */
  profile: string;
  locale: string;
};

export type Canvas = {
  dimensions: { width: number; height: number; margins: [number, number, number, number] };
  coordinate_system: "top_left";
  background: Colour;
  grid_size: number;
  snap_enabled: boolean;
};

export type ExportMode = "interactive" | "flattened" | "navigation_only";
export type ExportSettings = {
  modes: ExportMode[];
  default_mode: ExportMode;
  pdf_version: "1.6";
  page_box: "MediaBox" | "TrimBox" | "BleedBox";
  linearized: boolean;
};

export type Master = { id: string; name?: string; widgets: Widget[] };
export type PageAssignment = { page: number; master_id: string };

export type NamedDestination = {
  id: string;
  page: number;
  x: number;
  y: number;
  fit: "Fit" | "FitH" | "FitV" | "XYZ";
};
export type OutlineEntry = { title: string; dest: string; level: number };
export type NavigationLink = { from_widget: string; to_dest: string; padding: number };
export type Navigation = {
  named_destinations: NamedDestination[];
  outlines: OutlineEntry[];
  links: NavigationLink[];
};

export type Template = {
  schema_version: "1.0";
  metadata: Metadata;
  canvas: Canvas;
  widgets: Widget[];
  masters: Master[];
  page_assignments: PageAssignment[];
  navigation: Navigation;
  export: ExportSettings;
  /** Extension: the document's own page ceiling; it can only lower the server's `maxPages`. */
  max_pages?: number;
};
