// Themes for e-ink: two families at most, hairline grey rules, greys that a 16-level panel renders
// cleanly on monochrome devices and one quiet accent on colour ones. Browser-safe (the form lists them).
import type { ThemeId } from "./schema";

export type Palette = {
  ink: string;
  muted: string;
  /** Hairline rules, grids, dots. */
  rule: string;
  dot: string;
  tab: string;
  tabActive: string;
  tabText: string;
  accent: string;
  /** Header band / highlighted cells. */
  wash: string;
};

export type Theme = {
  id: ThemeId;
  label: string;
  description: string;
  fonts: { display: string; heading: string; body: string; label: string };
  /** Tabs: plain text on white, outlined cards, or solid tabs. */
  tabs: "text" | "card" | "solid";
  /** Title band behind the page heading. */
  band: boolean;
  palette: (color: boolean) => Palette;
};

const MONO_BASE = { ink: "#1F1F1F", muted: "#6E6E6E", rule: "#B4B4B4", dot: "#8C8C8C" };

export const THEME_LIST: readonly Theme[] = [
  {
    id: "classic",
    label: "Classic",
    description: "Lora serif headings over Inter, warm paper tabs, a calm stationery look.",
    fonts: { display: "Lora SemiBold", heading: "Lora SemiBold", body: "Inter", label: "Inter Medium" },
    tabs: "card",
    band: false,
    palette: (color) =>
      color
        ? {
            ink: "#2B2622",
            muted: "#7A6F66",
            rule: "#C9BFB5",
            dot: "#9C9087",
            tab: "#F1EBE4",
            tabActive: "#DCC9B6",
            tabText: "#4A3F36",
            accent: "#9A5B3A",
            wash: "#F7F3EE",
          }
        : { ...MONO_BASE, tab: "#EFEFEF", tabActive: "#CFCFCF", tabText: "#333333", accent: "#3A3A3A", wash: "#F4F4F4" },
  },
  {
    id: "minimal",
    label: "Minimal",
    description: "Inter Light titles, text-only tabs and lots of white: nothing competes with handwriting.",
    fonts: { display: "Inter Light", heading: "Inter SemiBold", body: "Inter", label: "Inter" },
    tabs: "text",
    band: false,
    palette: (color) =>
      color
        ? {
            ink: "#1E2329",
            muted: "#6B7580",
            rule: "#C3CAD2",
            dot: "#98A2AD",
            tab: "#FFFFFF",
            tabActive: "#E3ECF5",
            tabText: "#4B5560",
            accent: "#2F6F9F",
            wash: "#F4F7FA",
          }
        : { ...MONO_BASE, tab: "#FFFFFF", tabActive: "#E2E2E2", tabText: "#4A4A4A", accent: "#1F1F1F", wash: "#F5F5F5" },
  },
  {
    id: "tabbed",
    label: "Tabbed",
    description: "Solid index tabs and a heading band, like a ring binder with dividers.",
    fonts: { display: "Inter Bold", heading: "Inter SemiBold", body: "Inter", label: "Inter SemiBold" },
    tabs: "solid",
    band: true,
    palette: (color) =>
      color
        ? {
            ink: "#1D2521",
            muted: "#5E6B64",
            rule: "#BCC7C1",
            dot: "#8FA097",
            tab: "#DDE8E2",
            tabActive: "#7FB49A",
            tabText: "#1D2521",
            accent: "#2E7D5B",
            wash: "#EAF2EE",
          }
        : { ...MONO_BASE, tab: "#E4E4E4", tabActive: "#A8A8A8", tabText: "#1F1F1F", accent: "#1F1F1F", wash: "#EDEDED" },
  },
];

export function getTheme(id: ThemeId): Theme {
  return THEME_LIST.find((t) => t.id === id) ?? (THEME_LIST[0] as Theme);
}
