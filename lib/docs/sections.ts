// Where each numbered section of the template language reference lives. The § numbers in code
// comments, diagnostics and the editor's reference panel are these headings (tests/docs checks it).
// Browser-safe: the editor imports it to build links.

export type DocPage = {
  /** URL path below /docs/template-language ("" is the index page). */
  slug: string;
  /** Markdown file, relative to the repository root. */
  file: string;
  title: string;
  /** Top-level section numbers whose headings this page holds. */
  sections: readonly number[];
};

export const DOCS_BASE = "/docs/template-language";

export const TEMPLATE_LANGUAGE_PAGES: readonly DocPage[] = [
  { slug: "", file: "docs/template-language.md", title: "Template language", sections: [0, 1] },
  { slug: "document", file: "docs/template-language/document.md", title: "Document structure", sections: [2] },
  { slug: "widgets", file: "docs/template-language/widgets.md", title: "Widgets", sections: [3] },
  { slug: "navigation", file: "docs/template-language/navigation.md", title: "Navigation", sections: [4] },
  { slug: "tokens", file: "docs/template-language/tokens.md", title: "Tokens and variables", sections: [5] },
  { slug: "projects", file: "docs/template-language/projects.md", title: "Projects: masters and plan", sections: [6] },
  { slug: "profiles", file: "docs/template-language/profiles.md", title: "Device profiles and render options", sections: [7] },
  { slug: "fonts-and-images", file: "docs/template-language/fonts-and-images.md", title: "Fonts and images", sections: [8, 9] },
  {
    slug: "testing-and-examples",
    file: "docs/template-language/testing-and-examples.md",
    title: "How Inkset is tested, and two full examples",
    sections: [10, 11],
  },
];

/** "5.7" → "s5-7": the heading id the docs pages give section 5.7. */
export function sectionAnchor(ref: string): string {
  return `s${ref.replace(/\./g, "-")}`;
}

export function pageHref(page: DocPage): string {
  return page.slug ? `${DOCS_BASE}/${page.slug}` : DOCS_BASE;
}

/** "5.7" → "/docs/template-language/tokens#s5-7"; unknown top-level numbers go to the index. */
export function sectionHref(ref: string): string {
  const top = Number(ref.split(".")[0]);
  const page = TEMPLATE_LANGUAGE_PAGES.find((p) => p.sections.includes(top)) ?? TEMPLATE_LANGUAGE_PAGES[0]!;
  return `${pageHref(page)}#${sectionAnchor(ref)}`;
}

/** "5.7 Locale" → "5.7", "2. Document structure" → "2"; undefined for an unnumbered heading. */
export function headingNumber(text: string): string | undefined {
  return /^(\d+(?:\.\d+)*)\.?\s/.exec(text.trim() + " ")?.[1];
}

/** The section that documents each widget type (the editor's reference panel links to it). */
export const WIDGET_SECTIONS: Readonly<Record<string, string>> = {
  text_block: "3.5",
  checkbox: "3.6",
  box: "3.7",
  divider: "3.7",
  vertical_line: "3.7",
  lines: "3.8",
  dot_grid: "3.9",
  image: "3.10",
  table: "3.11",
  anchor: "3.12",
  internal_link: "3.13",
  tap_zone: "3.14",
  calendar: "3.15",
  day_list: "3.16",
  link_list: "3.17",
};
