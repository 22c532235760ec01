// What the PDF shows is what was typed (§8.3): every widget type that draws text, in every supported
// locale and in each script (Latin with diacritics, Cyrillic, CJK), rendered in the default Helvetica
// and read back with Poppler's pdftotext and with pdf.js. Each page holds one widget; its extracted
// text must hold every string the widget was meant to draw, and nothing else (no stray or missing
// glyphs: the characters read back are exactly the characters meant, as a multiset).
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { daysInMonth, formatDateLong, monthName, SUPPORTED_LOCALES, toDayNumber, weekdayName, type LocaleId } from "@/lib/templates/tokens";
import { renderYaml } from "./render-case";

/** A phrase in each locale's script; Latin locales get their diacritics. */
const PHRASE: Record<LocaleId, string> = {
  en: "Weekly review",
  pl: "Zażółć gęślą jaźń",
  de: "Größe übermäßig",
  fr: "Déjà vu, garçon",
  es: "Año señor",
  it: "Città perché",
  ja: "今日の予定とメモ",
  zh: "今天的计划与笔记",
  uk: "Привіт, Київ — їжак",
  nl: "Één café, ruïne",
  pt: "Ação coração, não",
  sv: "Räksmörgås åt älg",
  da: "Rødgrød med fløde",
  nb: "Blåbærsyltetøy på ærlig",
  fi: "Hääyö, äiti öljyää",
  cs: "Příliš žluťoučký kůň",
  ru: "Съешь ещё этих булок",
  tr: "Işık ğüşöç İstanbul",
  hu: "Árvíztűrő tükörfúrógép",
};

type Case = { widget: string; expected: string[] };

const WEEK = [0, 1, 2, 3, 4, 5, 6];
const days = (n: number) => Array.from({ length: n }, (_, i) => String(i + 1));

function cases(locale: LocaleId): Case[] {
  const phrase = PHRASE[locale];
  const words = phrase.split(" ");
  const q = (s: string) => JSON.stringify(s);
  return [
    { widget: `{id: t, type: text_block, position: {x: 10, y: 10, width: 560, height: 40}, content: ${q(phrase)}}`, expected: [phrase] },
    {
      widget: `{id: l, type: internal_link, position: {x: 10, y: 10, width: 560, height: 40}, content: ${q(phrase)}, properties: {to_dest: "top"}}`,
      expected: [phrase],
    },
    {
      widget: `{id: l, type: link_list, position: {x: 10, y: 10, width: 560, height: 100}, properties: {columns: 1, labels: ${JSON.stringify(words)}, destinations: ${JSON.stringify(words.map(() => "top"))}}}`,
      expected: words,
    },
    { widget: `{id: c, type: checkbox, position: {x: 10, y: 10, width: 560, height: 30}, content: ${q(phrase)}}`, expected: [phrase] },
    {
      widget: `{id: t, type: table, position: {x: 10, y: 10, width: 560, height: 120}, properties: {rows: 1, columns: 2, table_data: [[${q(words[0] ?? "")}, ${q(monthName(locale, 3))}], [${q(weekdayName(locale, 0))}, ${q(phrase)}]]}}`,
      expected: [words[0] ?? "", monthName(locale, 3), weekdayName(locale, 0), phrase],
    },
    {
      widget: `{id: c, type: calendar, position: {x: 10, y: 10, width: 560, height: 400}, properties: {calendar_type: monthly, start_date: "2026-04-01", locale: ${locale}}}`,
      expected: [`${monthName(locale, 4)} 2026`, ...WEEK.map((d) => weekdayName(locale, d, "short")), ...days(30)],
    },
    {
      widget: `{id: c, type: calendar, position: {x: 10, y: 10, width: 560, height: 400}, properties: {calendar_type: monthly, start_date: "2026-04-01", locale: ${locale}, weekday_label_style: full, show_year: false}}`,
      expected: [monthName(locale, 4), ...WEEK.map((d) => weekdayName(locale, d, "full")), ...days(30)],
    },
    {
      widget: `{id: c, type: calendar, position: {x: 10, y: 10, width: 560, height: 400}, properties: {calendar_type: custom_range, start_date: "2026-04-06", end_date: "2026-04-12", locale: ${locale}}}`,
      expected: [
        `${formatDateLong(locale, toDayNumber(2026, 4, 6))} – ${formatDateLong(locale, toDayNumber(2026, 4, 12))}`,
        ...WEEK.map((d) => weekdayName(locale, d, "short")),
        ...days(12).slice(5),
      ],
    },
    {
      widget: `{id: c, type: calendar, position: {x: 10, y: 10, width: 560, height: 300}, properties: {calendar_type: weekly, start_date: "2026-04-06", locale: ${locale}}}`,
      expected: [`${monthName(locale, 4)} 2026 — Week 15`, ...WEEK.map((d) => `${weekdayName(locale, d, "short")} ${6 + d}`)],
    },
    {
      widget: `{id: d, type: day_list, position: {x: 10, y: 10, width: 560, height: 760}, properties: {start_date: "2026-04", row_height: 22, show_month_header: true, weekday_format: full, locale: ${locale}}}`,
      expected: [
        monthName(locale, 4),
        ...days(daysInMonth(2026, 4)),
        ...days(daysInMonth(2026, 4)).map((_, i) => weekdayName(locale, (2 + i) % 7, "full")),
      ],
    },
  ];
}

function yamlFor(locale: LocaleId, list: Case[]): string {
  const widgets = list.map((c, i) => `  - ${c.widget.replace(/^\{id: \w+,/, `{id: w${i + 1}, page: ${i + 1},`)}`).join("\n");
  return `schema_version: "1.0"
metadata: {name: "Text ${locale}", category: test, created: "2026-01-01", profile: remarkable-2, locale: ${locale}}
canvas: {dimensions: {width: 580, height: 800, margins: [0, 0, 0, 0]}}
widgets:
  - {id: top, type: anchor, page: 1, position: {x: 0, y: 0, width: 1, height: 1}, properties: {dest_id: top}}
${widgets}
`;
}

// pdf.js reads base-14 metrics from its own files.
const STANDARD_FONTS = join(dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json")), "standard_fonts") + "/";

const strip = (s: string) => s.replace(/\s+/g, "");
const sortedChars = (s: string) => [...strip(s)].sort().join("");

async function pdfjsPages(bytes: Uint8Array): Promise<string[]> {
  const doc = await getDocument({ data: bytes.slice(), disableFontFace: true, isEvalSupported: false, standardFontDataUrl: STANDARD_FONTS })
    .promise;
  const out: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    out.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  await doc.destroy();
  return out;
}

function tempFile(bytes: Uint8Array): string {
  const file = join(mkdtempSync(join(tmpdir(), "inkset-text-")), "out.pdf");
  writeFileSync(file, bytes);
  return file;
}

function popplerPages(bytes: Uint8Array, pages: number): string[] {
  const file = tempFile(bytes);
  return Array.from({ length: pages }, (_, i) =>
    execFileSync("pdftotext", ["-q", "-f", String(i + 1), "-l", String(i + 1), "-enc", "UTF-8", file, "-"], { encoding: "utf8" }),
  );
}

function mupdfPages(bytes: Uint8Array, pages: number): string[] {
  const file = tempFile(bytes);
  return Array.from({ length: pages }, (_, i) =>
    execFileSync("mutool", ["draw", "-q", "-F", "txt", "-o", "-", file, String(i + 1)], { encoding: "utf8" }),
  );
}

describe("text round trip: every text widget × every locale", () => {
  for (const locale of SUPPORTED_LOCALES) {
    it(locale, async () => {
      const list = cases(locale);
      const { bytes, result } = await renderYaml(yamlFor(locale, list));
      expect(result.pageCount).toBe(list.length);
      const readers = { poppler: popplerPages(bytes, list.length), pdfjs: await pdfjsPages(bytes), mupdf: mupdfPages(bytes, list.length) };
      for (const [reader, pages] of Object.entries(readers)) {
        list.forEach((c, i) => {
          const got = pages[i] ?? "";
          const where = `${locale} ${reader} page ${i + 1} (${/type: (\w+)/.exec(c.widget)?.[1]})`;
          for (const s of c.expected) expect(strip(got), `${where}: ${JSON.stringify(s)}`).toContain(strip(s));
          expect(sortedChars(got), `${where}: characters read back`).toBe(sortedChars(c.expected.join("")));
        });
      }
    });
  }
});

describe("text round trip: the symbol fonts", () => {
  // Symbol and ZapfDingbats draw through their built-in encodings; a /ToUnicode maps them back (§8.2).
  const lines = [
    { font: "Symbol", text: "α ≤ β, ∑ ∞ π" },
    { font: "ZapfDingbats", text: "✔ ✓ ✗ ➔ ☎ ❶" },
  ];
  it("reads back what was typed in every reader", async () => {
    const widgets = lines.map(
      (l, i) =>
        `  - {id: w${i}, type: text_block, page: ${i + 1}, position: {x: 10, y: 10, width: 500, height: 40}, content: "${l.text}", styling: {font: ${l.font}, size: 20}}`,
    );
    const { bytes } = await renderYaml(`schema_version: "1.0"
metadata: {name: symbols, category: test, created: "2026-01-01", profile: remarkable-2}
canvas: {dimensions: {width: 520, height: 60, margins: [0, 0, 0, 0]}}
widgets:
${widgets.join("\n")}
`);
    const readers = { poppler: popplerPages(bytes, lines.length), pdfjs: await pdfjsPages(bytes), mupdf: mupdfPages(bytes, lines.length) };
    for (const [reader, pages] of Object.entries(readers)) {
      lines.forEach((l, i) => expect(strip(pages[i] ?? ""), `${reader}: ${l.font}`).toBe(strip(l.text)));
    }
  });
});
