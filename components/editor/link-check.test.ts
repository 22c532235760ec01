import { describe, expect, it } from "vitest";
import type { Diagnostic } from "@/lib/templates";
import { splitLinkWarnings, widgetOf } from "./link-check";

const at = { x: 0, y: 0, width: 10, height: 10 };
const warning = (path: string, widget_id?: string): Diagnostic => ({
  severity: "warning",
  code: "dangling_link",
  path,
  message: "m",
  ...(widget_id ? { widget_id } : {}),
});

describe("the widget a link-check warning is about", () => {
  const template = [
    { id: "list", type: "link_list", path: "widgets[1]", position: at },
    { id: "l", type: "internal_link", path: "widgets[10]", position: at },
  ];
  const project = [{ id: "page_2_l", type: "internal_link", path: 'masters["m"].widgets[1] [page 2, section p, item 2]', position: at }];

  it.each([
    ["a property of a template widget", warning("widgets[10].properties.to_dest", "l"), template, "l"],
    ["an item of a link list (its own id)", warning("widgets[1].properties.destinations[1]", "list_1"), template, "list"],
    ["not widgets[1] for widgets[10]", warning("widgets[10].properties.to_dest"), template, "l"],
    [
      "a project page's instance",
      warning('masters["m"].widgets[1].properties.to_dest [page 2, section p, item 2]', "page_2_l"),
      project,
      "page_2_l",
    ],
    [
      "a project path without the id",
      warning('masters["m"].widgets[1].properties.to_dest [page 2, section p, item 2]'),
      project,
      "page_2_l",
    ],
    ["nothing for the summary line", warning("(root)"), template, undefined],
  ])("%s", (_, d, widgets, id) => {
    expect(widgetOf(d, widgets)?.id).toBe(id);
  });
});

describe("the link panel of the page on screen", () => {
  const on = (page: number | undefined, code = "dangling_link"): Diagnostic => ({
    ...warning(`widgets[${page ?? 0}].properties.to_dest`),
    code,
    ...(page !== undefined ? { page } : {}),
  });

  it("lists this page's link problems; a document-wide count goes with the render warnings, other pages' nowhere", () => {
    const rest = { ...warning("(root)"), message: "and 3 more dangling links not listed" };
    const drawing = { ...on(2, "font_fallback") };
    const { links, others } = splitLinkWarnings([on(2), on(2, "constraint_touch"), on(5), rest, drawing], 2);
    expect(links).toEqual([on(2), on(2, "constraint_touch")]);
    expect(others).toEqual([rest, drawing]);
    // The count is not shown in any page's panel, with or without rows of its own.
    expect(splitLinkWarnings([rest], 7).links).toEqual([]);
  });
});
