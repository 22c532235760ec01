// Every gallery example renders in strict mode; the PDF's page count matches the document's exact count, every link
// resolves to a written destination, every anchor is a /FitH destination on its page, and the outline
// points at written destinations.
import { describe, expect, it } from "vitest";
import { listExamples, REFERENCE_DATE } from "@/lib/examples";
import { loadDocument } from "@/lib/templates/load";
import { readStructure, type OutlineItem } from "./pdf-structure";
import { renderYaml } from "./render-case";

// Pinned, so dated examples render the same every year.
const examples = listExamples(REFERENCE_DATE);

function outlineDests(items: OutlineItem[]): string[] {
  return items.flatMap((i) => [i.dest, ...outlineDests(i.items)]);
}

describe("gallery examples render", () => {
  for (const example of examples) {
    it(
      example.id,
      async () => {
        // Gallery examples must pass strict mode (§7.6): no constraint, link or token problem at all.
        const loaded = loadDocument(example.yaml, { strict: true, maxPages: 1000 });
        expect(loaded.template, example.id).toBeDefined();
        const { bytes, result } = await renderYaml(example.yaml, { strict: true });
        const s = await readStructure(bytes);
        expect(s.pages).toHaveLength(loaded.pageCount ?? -1);
        expect(result.pageCount).toBe(loaded.pageCount);
        expect(s.links).toHaveLength(result.stats.links);
        for (const l of s.links) expect(s.dests[l.dest], `link to ${l.dest} on page ${l.page}`).toBeDefined();
        const height = loaded.template?.canvas.dimensions.height ?? 0;
        for (const w of loaded.template?.widgets ?? []) {
          if (w.type !== "anchor") continue;
          const id = w.properties.dest_id.trim().toLowerCase();
          expect(s.dests[id], id).toMatchObject({ page: w.page, fit: "FitH" });
          expect(s.dests[id]?.args[0]).toBeCloseTo(height - w.position.y, 1);
        }
        for (const d of outlineDests(s.outline)) expect(s.dests[d], `outline → ${d}`).toBeDefined();
        if (example.kind === "project") expect(s.outline.length).toBeGreaterThan(0);
      },
      120_000,
    );
  }
});
