// Renders a page of the template language reference (docs/*.md) to HTML for the /docs route: headings
// get the § anchors of lib/docs/sections.ts, links between the markdown files become app links, and wide
// tables scroll on their own. The input is this repository's own markdown, not user content.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { Marked, type Tokens } from "marked";
import { headingNumber, pageHref, sectionAnchor, TEMPLATE_LANGUAGE_PAGES, type DocPage } from "./sections";

export type TocEntry = { id: string; text: string; depth: number };
export type RenderedDoc = { html: string; toc: TocEntry[] };

function headingId(text: string): string {
  const n = headingNumber(text);
  return n
    ? sectionAnchor(n)
    : text
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-|-$/g, "");
}

/** A link as written in docs/…/x.md → its page in the app; anything else is left as written. */
export function resolveDocLink(fromFile: string, href: string): string {
  if (/^[a-z]+:|^#|^\//i.test(href)) return href;
  const [file = "", hash] = href.split("#");
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), file));
  const page = TEMPLATE_LANGUAGE_PAGES.find((p) => p.file === target);
  return page ? `${pageHref(page)}${hash ? `#${hash}` : ""}` : href;
}

function escapeAttr(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

export function renderDoc(page: DocPage, markdown: string): RenderedDoc {
  const toc: TocEntry[] = [];
  const marked = new Marked({ gfm: true });
  marked.use({
    renderer: {
      heading(this: { parser: { parseInline(t: Tokens.Heading["tokens"]): string } }, { tokens, depth, text }: Tokens.Heading) {
        const id = headingId(text);
        const inner = this.parser.parseInline(tokens);
        if (depth <= 2 && !(depth === 1 && toc.length === 0)) toc.push({ id, text: text.replace(/`/g, ""), depth });
        const tag = `h${depth}`;
        return `<${tag} id="${id}"><a class="docs-anchor" href="#${id}" aria-hidden="true" tabindex="-1">#</a>${inner}</${tag}>\n`;
      },
      link(this: { parser: { parseInline(t: Tokens.Link["tokens"]): string } }, { href, title, tokens }: Tokens.Link) {
        const to = resolveDocLink(page.file, href);
        const attrs = `${title ? ` title="${escapeAttr(title)}"` : ""}${/^https?:/.test(to) ? ' rel="noreferrer"' : ""}`;
        return `<a href="${escapeAttr(to)}"${attrs}>${this.parser.parseInline(tokens)}</a>`;
      },
    },
  });
  // Wide reference tables and long code lines scroll sideways inside their own box (reachable by keyboard)
  // on a phone instead of the whole page.
  // The "← Template language" line at the top of each file is for reading on GitHub; the app has a sidebar.
  const html = marked
    .parse(markdown.replace(/^\[← [^\]]+\]\([^)]*\)\n/m, ""), { async: false })
    .replace(/<pre>/g, '<pre tabindex="0">')
    .replace(/<table>/g, '<div class="docs-table" role="region" aria-label="Table" tabindex="0"><table>')
    .replace(/<\/table>/g, "</table></div>");
  return { html, toc };
}

export async function loadDoc(page: DocPage): Promise<RenderedDoc> {
  return renderDoc(page, await readFile(path.join(process.cwd(), page.file), "utf8"));
}
