// The bundled font faces (§8.1). Every file comes from an npm package; nothing is fetched at run time.
// JetBrains Mono ships as WOFF2 only, which fontkit cannot subset; scripts/build-fonts.mjs unpacks it
// to TrueType in dist/fonts on install (`generated` faces below).

export type FontStyle = "normal" | "italic";

export type FaceDef = {
  family: string;
  /** Style word as it appears in the face name: "Regular", "Bold", "Oblique", "Bold Italic", … */
  style: string;
  weight: number;
  fontStyle: FontStyle;
  /** Package specifiers; the first holds the face, the rest are extra Unicode subsets of it. */
  files: readonly string[];
  /** Set for fonts from configured `font_dirs`: `files` are then absolute paths. */
  configured?: true;
  /** Set for faces unpacked on install: `files` are then paths below the project root (dist/fonts/). */
  generated?: true;
  /** The DejaVu family used for characters this face lacks. */
  fallbackFamily: string;
  /** Part of the optional CJK pack: used only when its package is installed. */
  cjk?: "ja" | "zh";
};

const DEJAVU = "dejavu-fonts-ttf/ttf/";

type StyleSpec = { style: string; suffix: string; weight: number; fontStyle: FontStyle };

const SANS_STYLES: readonly StyleSpec[] = [
  { style: "Regular", suffix: "", weight: 400, fontStyle: "normal" },
  { style: "Bold", suffix: "-Bold", weight: 700, fontStyle: "normal" },
  { style: "Oblique", suffix: "-Oblique", weight: 400, fontStyle: "italic" },
  { style: "Bold Oblique", suffix: "-BoldOblique", weight: 700, fontStyle: "italic" },
];
const SERIF_STYLES: readonly StyleSpec[] = [
  { style: "Regular", suffix: "", weight: 400, fontStyle: "normal" },
  { style: "Bold", suffix: "-Bold", weight: 700, fontStyle: "normal" },
  { style: "Italic", suffix: "-Italic", weight: 400, fontStyle: "italic" },
  { style: "Bold Italic", suffix: "-BoldItalic", weight: 700, fontStyle: "italic" },
];

function dejavu(family: string, fileStem: string, styles: readonly StyleSpec[], fallbackFamily: string): FaceDef[] {
  return styles.map((s) => ({
    family,
    style: s.style,
    weight: s.weight,
    fontStyle: s.fontStyle,
    files: [`${DEJAVU}${fileStem}${s.suffix}.ttf`],
    fallbackFamily,
  }));
}

// Fontsource ships each face split into Unicode subsets; WOFF (not WOFF2) because fontkit's WOFF2
// glyph reconstruction breaks pdfkit's subsetter on composite glyphs.
function fontsource(pkg: string, slug: string, subsets: readonly string[], weight: number, fontStyle: FontStyle): string[] {
  const variant = fontStyle === "italic" ? "italic" : "normal";
  return subsets.map((subset) => `@fontsource/${pkg}/files/${slug}-${subset}-${weight}-${variant}.woff`);
}

// einkpdf's names for JetBrains Mono split the file name at case changes, e.g. "Jet Brains Mono NL
// Medium Italic"; family + style reduces to the same §8.2 key.
const JETBRAINS_WEIGHTS = [
  ["Thin", 100],
  ["ExtraLight", 200],
  ["Light", 300],
  ["Regular", 400],
  ["Medium", 500],
  ["SemiBold", 600],
  ["Bold", 700],
  ["ExtraBold", 800],
] as const;

function jetbrains(family: "JetBrains Mono" | "JetBrains Mono NL", fallbackFamily: string): FaceDef[] {
  const stem = family === "JetBrains Mono" ? "JetBrainsMono" : "JetBrainsMonoNL";
  return JETBRAINS_WEIGHTS.flatMap(([name, weight]) =>
    (["normal", "italic"] as const).map((fontStyle) => {
      const italic = fontStyle === "italic";
      const style = italic ? (name === "Regular" ? "Italic" : `${name} Italic`) : name;
      const suffix = italic ? (name === "Regular" ? "Italic" : `${name}Italic`) : name;
      return { family, style, weight, fontStyle, files: [`dist/fonts/${stem}-${suffix}.ttf`], generated: true as const, fallbackFamily };
    }),
  );
}

// The optional CJK pack (§8.1 MAY): Noto Sans JP and SC, Regular and Bold, as TrueType from Expo's
// Google Fonts packages (5.5 MB and 10.5 MB a face). Without them CJK text draws as missing glyphs.
function notoCjk(family: string, pkg: string, stem: string, cjk: "ja" | "zh"): FaceDef[] {
  return [
    { style: "Regular", weight: 400, file: "400Regular" },
    { style: "Bold", weight: 700, file: "700Bold" },
  ].map(({ style, weight, file }) => ({
    family,
    style,
    weight,
    fontStyle: "normal" as const,
    files: [`${pkg}/${file}/${stem}_${file}.ttf`],
    fallbackFamily: SANS,
    cjk,
  }));
}

// Planner-builder theme families (lib/planner/themes.ts), static TrueType instances from Expo's Google
// Fonts packages: Latin, Cyrillic and Greek in one file each.
function expoGoogle(family: string, pkg: string, stem: string, styles: readonly [string, number][]): FaceDef[] {
  return styles.flatMap(([style, weight]) =>
    (["normal", "italic"] as const).map((fontStyle) => {
      const italic = fontStyle === "italic";
      const dir = `${weight}${style.replace(/ /g, "")}${italic ? "_Italic" : ""}`;
      return {
        family,
        style: italic ? (style === "Regular" ? "Italic" : `${style} Italic`) : style,
        weight,
        fontStyle,
        files: [`${pkg}/${dir}/${stem}_${dir}.ttf`],
        fallbackFamily: SANS,
      };
    }),
  );
}
const TEXT_WEIGHTS: readonly [string, number][] = [
  ["Regular", 400],
  ["Medium", 500],
  ["SemiBold", 600],
  ["Bold", 700],
];

export const SANS = "DejaVu Sans";
export const SERIF = "DejaVu Serif";
export const MONO = "DejaVu Sans Mono";

export const BUNDLED_FACES: readonly FaceDef[] = [
  ...dejavu(SANS, "DejaVuSans", SANS_STYLES, SANS),
  {
    family: SANS,
    style: "ExtraLight",
    weight: 200,
    fontStyle: "normal",
    files: [`${DEJAVU}DejaVuSans-ExtraLight.ttf`],
    fallbackFamily: SANS,
  },
  ...dejavu("DejaVu Sans Condensed", "DejaVuSansCondensed", SANS_STYLES, SANS),
  ...dejavu(MONO, "DejaVuSansMono", SANS_STYLES, SANS),
  ...dejavu(SERIF, "DejaVuSerif", SERIF_STYLES, SANS),
  ...jetbrains("JetBrains Mono", SANS),
  ...jetbrains("JetBrains Mono NL", SANS),
  ...dejavu("DejaVu Serif Condensed", "DejaVuSerifCondensed", SERIF_STYLES, SANS),
  {
    family: "DejaVu Math TeX Gyre",
    style: "Regular",
    weight: 400,
    fontStyle: "normal",
    files: [`${DEJAVU}DejaVuMathTeXGyre.ttf`],
    fallbackFamily: SANS,
  },
  {
    family: "Patrick Hand",
    style: "Regular",
    weight: 400,
    fontStyle: "normal",
    files: fontsource("patrick-hand", "patrick-hand", ["latin", "latin-ext", "vietnamese"], 400, "normal"),
    fallbackFamily: SANS,
  },
  ...[
    { style: "Regular", weight: 400, fontStyle: "normal" as const },
    { style: "Bold", weight: 700, fontStyle: "normal" as const },
    { style: "Italic", weight: 400, fontStyle: "italic" as const },
    { style: "Bold Italic", weight: 700, fontStyle: "italic" as const },
  ].map((s) => ({
    family: "Courier Prime",
    ...s,
    files: fontsource("courier-prime", "courier-prime", ["latin", "latin-ext"], s.weight, s.fontStyle),
    fallbackFamily: SANS,
  })),
  ...expoGoogle("Inter", "@expo-google-fonts/inter", "Inter", [["Light", 300], ...TEXT_WEIGHTS]),
  ...expoGoogle("Lora", "@expo-google-fonts/lora", "Lora", TEXT_WEIGHTS),
  ...notoCjk("Noto Sans JP", "@expo-google-fonts/noto-sans-jp", "NotoSansJP", "ja"),
  ...notoCjk("Noto Sans SC", "@expo-google-fonts/noto-sans-sc", "NotoSansSC", "zh"),
];

/** §8.2 key: lower-case ASCII letters and digits only. */
export function fontKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** Every name a face answers to: family + style, and the bare family for Regular. */
export function faceKeys(face: FaceDef): string[] {
  const keys = [fontKey(`${face.family} ${face.style}`)];
  if (face.style === "Regular") keys.push(fontKey(face.family));
  return keys;
}

/** react-pdf family name for the i-th file of a face (extra subsets get their own hidden family). */
export function subsetFamily(face: FaceDef, index: number): string {
  return index === 0 ? face.family : `${face.family} #${index}`;
}
