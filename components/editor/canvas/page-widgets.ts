// Which widgets the canvas shows for a page, and how diagnostics and YAML lines name them.
import { pathKey, yamlPathOf, type EditableWidget, type WidgetDocument } from "@/lib/templates/widget-geometry";

/** The widgets drawn on the current page: a template's page widgets, or the master the page was drawn from. */
export function widgetsOnPage(doc: WidgetDocument, page: number, drawnPaths: readonly string[]): EditableWidget[] {
  const drawn = new Set(
    drawnPaths.flatMap((p) => {
      const path = yamlPathOf(p, doc);
      return path ? [pathKey(path)] : [];
    }),
  );
  const drawnMasters = new Set(
    doc.widgets
      .filter((w) => drawn.has(pathKey(w.path)) && w.scope.kind === "master")
      .map((w) => (w.scope.kind === "master" ? w.scope.index : -1)),
  );
  return doc.widgets.filter((w) => (w.scope.kind === "page" ? w.scope.page === page : drawnMasters.has(w.scope.index)));
}

export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

export function diagnosticPrefix(w: EditableWidget, doc: WidgetDocument): string[] {
  const index = w.path.at(-1);
  if (w.scope.kind === "page") return [`widgets[${index}]`];
  const name = w.scope.name;
  return [`masters[${JSON.stringify(name)}].widgets[${index}]`, `masters[${w.scope.index}].widgets[${index}]`].filter(
    () => doc.masters.length > 0,
  );
}
