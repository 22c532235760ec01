// Hyperlinked dot-grid notebook for Supernote Manta: an index of 30 pages, each page linking back.
const PAGES = 30;
const labels = Array.from({ length: PAGES }, (_, i) => `"Page ${i + 1}"`).join(", ");
const dests = Array.from({ length: PAGES }, (_, i) => `"notes:page:${String(i + 1).padStart(3, "0")}"`).join(", ");

export const dotGridNotebook = `metadata:
  name: Dot-grid notebook
  description: An index page linking to 30 numbered dot-grid pages; every page links back and to its neighbours.
  category: notebook
  device_profile: supernote-manta
  created_at: "2026-01-01T00:00:00Z"
masters:
  - name: index
    widgets:
      - {id: a, type: anchor, position: {x: 32, y: 32, width: 10, height: 10}, properties: {dest_id: "home:index"}}
      - {id: title, type: text_block, position: {x: 32, y: 32, width: 396.8, height: 34}, content: "Notebook", styling: {font: Helvetica-Bold, size: 24}}
      - {id: rule, type: divider, position: {x: 32, y: 70, width: 396.8, height: 6}, styling: {line_width: 1}}
      - id: pages
        type: link_list
        position: {x: 32, y: 86, width: 396.8, height: 480}
        styling: {size: 11, color: "#000000", text_align: center}
        properties:
          columns: 3
          gap_x: 10
          gap_y: 6
          labels: [${labels}]
          destinations: [${dests}]
  - name: page
    widgets:
      - {id: a, type: anchor, position: {x: 32, y: 32, width: 10, height: 10}, properties: {dest_id: "notes:page:{n:03d}"}}
      - {id: title, type: text_block, position: {x: 32, y: 32, width: 160, height: 28}, content: "Page {n}", styling: {font: Helvetica-Bold, size: 16}}
      - {id: prev, type: internal_link, position: {x: 244.8, y: 32, width: 56, height: 28}, content: "‹ Prev", styling: {size: 11, color: "#000000"}, properties: {to_dest: "notes:page:{n_prev:03d}"}}
      - {id: index, type: internal_link, position: {x: 308.8, y: 32, width: 56, height: 28}, content: "Index", styling: {size: 11, color: "#000000", text_align: center}, properties: {to_dest: "home:index"}}
      - {id: next, type: internal_link, position: {x: 372.8, y: 32, width: 56, height: 28}, content: "Next ›", styling: {size: 11, color: "#000000", text_align: right}, properties: {bind: "notes(@n_next)"}}
      - {id: grid, type: dot_grid, position: {x: 32, y: 68, width: 396.8, height: 500}, properties: {grid_cell_size: 14, dot_size: 1.5, dot_color: "#888888"}}
      - {id: footer, type: text_block, position: {x: 32, y: 570, width: 396.8, height: 12}, content: "{page}", styling: {size: 9, color: "#777777", text_align: right}}
plan:
  locale: en
  sections:
    - {kind: index, master: index, generate: once}
    - {kind: pages, master: page, generate: count, count: ${PAGES}, counters: {n: {start: 1, step: 1}}}
`;
