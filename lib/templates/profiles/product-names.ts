// What people call their tablet. Profile ids stay the API's names; the UI shows these (browser-safe).
const PRODUCT_NAMES: Record<string, string> = {
  "boox-go-10.3": "Boox Go 10.3",
  "boox-go-color-7-landscape": "Boox Go Color 7 (landscape)",
  "boox-go-color-7-portrait": "Boox Go Color 7",
  "boox-max-13": "Boox Max 13",
  "boox-note-air-3c": "Boox Note Air 3C",
  "boox-note-air-4c-landscape": "Boox Note Air 4C (landscape)",
  "boox-note-air-4c-letter": "Boox Note Air 4C (US Letter)",
  "boox-note-air-4c": "Boox Note Air 4C",
  "boox-page": "Boox Page",
  "boox-tab-mini-c": "Boox Tab Mini C",
  "boox-tab-ultra-c-landscape": "Boox Tab Ultra C (landscape)",
  "boox-tab-ultra-c-portrait": "Boox Tab Ultra C",
  "kindle-paperwhite": "Kindle Paperwhite",
  "kindle-scribe": "Kindle Scribe",
  "kobo-clara-2e": "Kobo Clara 2E",
  "kobo-elipsa-2e": "Kobo Elipsa 2E",
  "kobo-libra-2": "Kobo Libra 2",
  "kobo-sage": "Kobo Sage",
  "remarkable-1": "reMarkable 1",
  "remarkable-2": "reMarkable 2",
  "remarkable-paper-pro-move-landscape": "reMarkable Paper Pro Move (landscape)",
  "remarkable-paper-pro-move-portrait": "reMarkable Paper Pro Move",
  "remarkable-paper-pro": "reMarkable Paper Pro",
  "supernote-a5x": "Supernote A5 X",
  "supernote-a6x": "Supernote A6 X",
  "supernote-manta": "Supernote Manta",
  "supernote-nomad": "Supernote Nomad",
};

/** "reMarkable 2" for `remarkable-2`; an unknown id is shown as it is. */
export const productName = (profileId: string): string => PRODUCT_NAMES[profileId] ?? profileId;

/** The maker, for grouping a picker: the first word of the product name. */
export const productBrand = (profileId: string): string => productName(profileId).split(" ")[0] ?? profileId;
