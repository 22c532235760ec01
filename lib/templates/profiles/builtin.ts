// The 27 built-in device profiles (§7.4), in the §7.1 file shape. All have 16 grey levels.
import type { ProfileFile } from "./schema";

type Row = [
  id: string,
  physicalSize: string,
  screen: [number, number],
  ppi: number,
  colour: boolean,
  pageSize: "A4" | "A5" | "Letter" | "Legal" | "Custom",
  orientation: "portrait" | "landscape",
  margin: number,
  minFont: number,
  minStroke: number,
  touch: number,
  maxGreyFill: number,
];

const ROWS: Row[] = [
  ["boox-go-10.3", '10.3"', [1872, 1404], 227, false, "A4", "portrait", 36, 10, 0.75, 30, 0.15],
  ["boox-go-color-7-landscape", '7"', [1680, 1264], 300, true, "Custom", "landscape", 24, 8, 0.5, 28, 0.2],
  ["boox-go-color-7-portrait", '7"', [1680, 1264], 300, true, "Custom", "portrait", 24, 8, 0.5, 28, 0.2],
  ["boox-max-13", '13.3"', [1650, 2200], 207, false, "A4", "portrait", 36, 10, 0.75, 30, 0.2],
  ["boox-note-air-3c", '10.3"', [1404, 1872], 227, true, "A4", "portrait", 36, 10, 0.75, 30, 0.2],
  ["boox-note-air-4c-landscape", '10.3"', [1872, 1404], 227, true, "A4", "landscape", 36, 10, 0.75, 30, 0.15],
  ["boox-note-air-4c-letter", '10.3"', [1872, 1404], 227, true, "Letter", "portrait", 36, 10, 0.75, 30, 0.15],
  ["boox-note-air-4c", '10.3"', [1872, 1404], 227, true, "A4", "portrait", 36, 10, 0.75, 30, 0.2],
  ["boox-page", '7"', [1264, 1680], 300, false, "Custom", "portrait", 24, 8, 0.5, 28, 0.2],
  ["boox-tab-mini-c", '7.8"', [1872, 1404], 300, true, "Custom", "landscape", 36, 8, 0.5, 30, 0.2],
  ["boox-tab-ultra-c-landscape", '13.3"', [2200, 1650], 207, true, "Custom", "landscape", 48, 9, 0.5, 30, 0.2],
  ["boox-tab-ultra-c-portrait", '13.3"', [2200, 1650], 207, true, "Custom", "portrait", 48, 9, 0.5, 30, 0.2],
  ["kindle-paperwhite", '6.8"', [1236, 1648], 300, false, "Custom", "portrait", 24, 8, 0.5, 28, 0.2],
  ["kindle-scribe", '10.2"', [1860, 2480], 300, false, "A4", "portrait", 32, 8, 0.5, 28, 0.25],
  ["kobo-clara-2e", '6"', [1072, 1448], 300, false, "Custom", "portrait", 24, 8, 0.5, 28, 0.2],
  ["kobo-elipsa-2e", '10.3"', [1404, 1872], 227, false, "A4", "portrait", 36, 10, 0.75, 30, 0.2],
  ["kobo-libra-2", '7"', [1264, 1680], 300, false, "Custom", "portrait", 24, 8, 0.5, 28, 0.2],
  ["kobo-sage", '8"', [1440, 1920], 300, false, "A5", "portrait", 28, 8, 0.5, 26, 0.25],
  ["remarkable-1", '10.3"', [1872, 1404], 226, false, "A4", "portrait", 36, 10, 0.75, 30, 0.2],
  ["remarkable-2", '10.3"', [1404, 1872], 226, false, "A4", "portrait", 36, 10, 0.75, 30, 0.2],
  ["remarkable-paper-pro-move-landscape", '7.3"', [954, 1696], 264, true, "Custom", "landscape", 36, 9, 0.75, 30, 0.2],
  ["remarkable-paper-pro-move-portrait", '7.3"', [954, 1696], 264, true, "Custom", "portrait", 36, 9, 0.75, 30, 0.2],
  ["remarkable-paper-pro", '11.8"', [1620, 2160], 229, true, "Custom", "portrait", 36, 9, 0.75, 30, 0.2],
  ["supernote-a5x", '10.3"', [1404, 1872], 226, false, "A4", "portrait", 36, 10, 0.75, 30, 0.2],
  ["supernote-a6x", '7.8"', [1404, 1872], 300, false, "Custom", "portrait", 28, 8, 0.5, 28, 0.2],
  ["supernote-manta", '10.7"', [1920, 2560], 300, false, "A4", "portrait", 32, 8, 0.5, 28, 0.25],
  ["supernote-nomad", '7.8"', [1404, 1872], 300, false, "Custom", "portrait", 28, 8, 0.5, 28, 0.2],
];

const NAMES: Record<string, string> = {
  "boox-go-10.3": "Boox-Go-10.3",
  "boox-note-air-4c-landscape": "boox-note-air-4C-landscape",
};

export const BUILTIN_PROFILE_FILES: { id: string; file: ProfileFile }[] = ROWS.map(
  ([id, physicalSize, screen, ppi, colour, pageSize, orientation, margin, minFont, minStroke, touch, maxFill]) => ({
    id,
    file: {
      profile: {
        name: NAMES[id] ?? id,
        display: { screen_size: screen, ppi, physical_size: physicalSize, color: colour },
        pdf_settings: { page_size: pageSize, orientation, safe_margins: [margin, margin, margin, margin] },
        constraints: {
          min_font_pt: minFont,
          min_stroke_pt: minStroke,
          min_touch_target_pt: touch,
          grayscale_levels: 16,
          max_gray_fill_area: maxFill,
        },
      },
    },
  }),
);
