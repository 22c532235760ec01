// Default canvas of a compiled project without `default_canvas` (§2.4): the profile's page size and
// safe margins, from the built-in profile table (§7.4). The template validator owns profile loading;
// this table only lets the compiler produce a complete template on its own (callers may override it).

export type ProfileCanvasInfo = { width: number; height: number; margin: number; minTouch: number };

const TABLE: Record<string, [number, number, number, number]> = {
  "boox-go-10.3": [445.3, 593.8, 36, 30],
  "boox-go-color-7-landscape": [403.2, 303.4, 24, 28],
  "boox-go-color-7-portrait": [303.4, 403.2, 24, 28],
  "boox-max-13": [573.9, 765.2, 36, 30],
  "boox-note-air-3c": [445.3, 593.8, 36, 30],
  "boox-note-air-4c-landscape": [593.8, 445.3, 36, 30],
  "boox-note-air-4c-letter": [445.3, 593.8, 36, 30],
  "boox-note-air-4c": [445.3, 593.8, 36, 30],
  "boox-page": [303.4, 403.2, 24, 28],
  "boox-tab-mini-c": [449.3, 337.0, 36, 30],
  "boox-tab-ultra-c-landscape": [765.2, 573.9, 48, 30],
  "boox-tab-ultra-c-portrait": [573.9, 765.2, 48, 30],
  "kindle-paperwhite": [296.6, 395.5, 24, 28],
  "kindle-scribe": [446.4, 595.2, 32, 28],
  "kobo-clara-2e": [257.3, 347.5, 24, 28],
  "kobo-elipsa-2e": [445.3, 593.8, 36, 30],
  "kobo-libra-2": [303.4, 403.2, 24, 28],
  "kobo-sage": [345.6, 460.8, 28, 26],
  "remarkable-1": [447.3, 596.4, 36, 30],
  "remarkable-2": [447.3, 596.4, 36, 30],
  "remarkable-paper-pro-move-landscape": [462.5, 260.2, 36, 30],
  "remarkable-paper-pro-move-portrait": [260.2, 462.5, 36, 30],
  "remarkable-paper-pro": [509.3, 679.1, 36, 30],
  "supernote-a5x": [447.3, 596.4, 36, 30],
  "supernote-a6x": [337.0, 449.3, 28, 28],
  "supernote-manta": [460.8, 614.4, 32, 28],
  "supernote-nomad": [337.0, 449.3, 28, 28],
};

export function profileCanvasInfo(profile: string): ProfileCanvasInfo | undefined {
  const key = profile.trim().toLowerCase().replace(/_/g, "-");
  const row = TABLE[key === "boox-tab-ultra-c" ? "boox-tab-ultra-c-portrait" : key];
  return row ? { width: row[0], height: row[1], margin: row[2], minTouch: row[3] } : undefined;
}

export function defaultCanvas(info: ProfileCanvasInfo | undefined): Record<string, unknown> {
  const width = info?.width ?? 595.2;
  const height = info?.height ?? 841.8;
  const m = info?.margin ?? 72;
  return {
    dimensions: { width, height, margins: [m, m, m, m] },
    coordinate_system: "top_left",
    background: "#FFFFFF",
    grid_size: 10,
    snap_enabled: true,
  };
}
