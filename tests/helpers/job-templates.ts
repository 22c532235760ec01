// Templates for job-system tests, e2e and benchmarks: N pages, each with a heading, an anchor
// and links to the next page and back to the first, plus optional filler text for heavy pages.
export type SampleTemplateOptions = {
  pages?: number;
  name?: string;
  /** Extra text blocks per page: more layout work and a bigger file. */
  fillerPerPage?: number;
  /** Template's own max_pages (§2.8); can only lower the server ceiling. */
  maxPages?: number;
  profile?: string;
};

export function sampleTemplate(opts: SampleTemplateOptions = {}): string {
  const pages = opts.pages ?? 2;
  const filler = opts.fillerPerPage ?? 0;
  const lines: string[] = [
    `schema_version: "1.0"`,
    `metadata:`,
    `  name: ${JSON.stringify(opts.name ?? "Test planner")}`,
    `  category: planner`,
    `  created: "2026-01-01"`,
    `  profile: ${opts.profile ?? "boox-note-air-4c"}`,
    ...(opts.maxPages ? [`max_pages: ${opts.maxPages}`] : []),
    `canvas:`,
    `  dimensions: { width: 595.2, height: 841.8, margins: [36, 36, 36, 36] }`,
    `widgets:`,
  ];
  for (let p = 1; p <= pages; p++) {
    const next = p === pages ? 1 : p + 1;
    lines.push(
      `  - { id: a${p}, type: anchor, page: ${p}, position: { x: 36, y: 36, width: 10, height: 10 }, properties: { dest_id: "page-${p}" } }`,
      `  - { id: h${p}, type: text_block, page: ${p}, content: "Page ${p} of ${pages}", position: { x: 36, y: 40, width: 400, height: 30 }, styling: { size: 20 } }`,
      `  - { id: n${p}, type: internal_link, page: ${p}, content: "Next", position: { x: 450, y: 40, width: 100, height: 44 }, properties: { to_dest: "page-${next}" } }`,
      `  - { id: f${p}, type: internal_link, page: ${p}, content: "First", position: { x: 450, y: 100, width: 100, height: 44 }, properties: { to_dest: "page-1" } }`,
    );
    for (let i = 0; i < filler; i++) {
      const y = 160 + (i % 30) * 20;
      lines.push(
        `  - { id: t${p}x${i}, type: text_block, page: ${p}, content: "Line ${i} of page ${p}: the quick brown fox jumps over the lazy dog", position: { x: 36, y: ${y}, width: 520, height: 18 } }`,
      );
    }
  }
  return lines.join("\n") + "\n";
}
