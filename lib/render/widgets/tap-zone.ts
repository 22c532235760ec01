// tap_zone (§3.14): an invisible explicit link, to a destination or to a page by action.
import type { WidgetOf } from "@/lib/templates/types";
import type { WidgetContext } from "../widget-context";

export function buildTapZone(ctx: WidgetContext<WidgetOf<"tap_zone">>): void {
  const { to_dest: dest = "", tap_action: action, target_page } = ctx.w.properties;
  if (dest !== "") {
    ctx.link(ctx.w.position, ctx.target(dest), "explicit", { property: "properties.to_dest" });
    return;
  }
  let target: number;
  if (action === "next_page") target = ctx.page + 1;
  else if (action === "prev_page") target = ctx.page - 1;
  else target = target_page ?? ctx.page;
  if ((action === "next_page" && target > ctx.pageCount) || (action === "prev_page" && target < 1)) {
    ctx.report({
      severity: "info",
      code: "link_suppressed",
      path: `${ctx.path}.properties.tap_action`,
      message: `no ${action === "next_page" ? "next" : "previous"} page`,
    });
    return;
  }
  ctx.link(ctx.w.position, `page_${target}`, "explicit", {
    pageTarget: target,
    property: action === "page_link" ? "properties.target_page" : "properties.tap_action",
  });
}
