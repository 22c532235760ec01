import { describe, expect, it } from "vitest";
import { loadDoc, renderDoc, resolveDocLink } from "./markdown";
import { TEMPLATE_LANGUAGE_PAGES } from "./sections";

const tokens = TEMPLATE_LANGUAGE_PAGES.find((p) => p.slug === "tokens")!;

describe("renderDoc", () => {
  it("gives numbered headings their § anchors and lists them on the page", () => {
    const { html, toc } = renderDoc(tokens, "# 5. Tokens\n\n## 5.7 Locale\n\n### Notes\n");
    expect(html).toContain('<h2 id="s5-7">');
    expect(html).toContain('<h3 id="notes">');
    expect(toc).toEqual([{ id: "s5-7", text: "5.7 Locale", depth: 2 }]);
  });

  it("turns links between the markdown files into app links", () => {
    const { html } = renderDoc(tokens, "See [§3.5](widgets.md#s3-5), [home](../template-language.md) and [x](https://example.org).");
    expect(html).toContain('href="/docs/template-language/widgets#s3-5"');
    expect(html).toContain('href="/docs/template-language"');
    expect(html).toContain('href="https://example.org" rel="noreferrer"');
  });

  it("drops the back link that only helps on GitHub", () => {
    expect(renderDoc(tokens, "# 5. Tokens\n\n[← Template language](../template-language.md)\n\nText.\n").html).not.toContain("←");
  });

  it("lets the keyboard reach code blocks, which scroll sideways", () => {
    expect(renderDoc(tokens, "```yaml\na: 1\n```\n").html).toContain('<pre tabindex="0"><code class="language-yaml">');
  });

  it("wraps tables so they scroll on their own", () => {
    expect(renderDoc(tokens, "| a | b |\n|---|---|\n| 1 | 2 |\n").html).toMatch(
      /<div class="docs-table"[^>]*><table>[\s\S]*<\/table><\/div>/,
    );
  });

  it("renders every page of the reference", async () => {
    for (const page of TEMPLATE_LANGUAGE_PAGES) {
      const { html } = await loadDoc(page);
      expect(html.length, page.file).toBeGreaterThan(2000);
      expect(html).not.toMatch(/href="[^"#]*\.md/);
    }
  });
});

describe("resolveDocLink", () => {
  it("leaves absolute, in-page and unknown links alone", () => {
    expect(resolveDocLink("docs/template-language.md", "#s1-4")).toBe("#s1-4");
    expect(resolveDocLink("docs/template-language.md", "/projects")).toBe("/projects");
    expect(resolveDocLink("docs/template-language/tokens.md", "tokens.md#s5-1")).toBe("/docs/template-language/tokens#s5-1");
  });
});
