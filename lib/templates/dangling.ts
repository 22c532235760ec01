// The dangling-link report (§4.6), shared by the project compiler's link pass and the renderer: each of
// the first 20 explicit links whose target names no destination, with page, widget id and type, label
// and target, a hint for the two usual causes, then one entry counting the rest.

export const DANGLING_REPORT_LIMIT = 20;

export type DanglingLink = { page: number; widgetType: string; widgetId: string; label?: string; target: string };

const DATE_KIND = /^(day|week|month|year):/i;

function hint(target: string): string {
  if (/^notes:page:/i.test(target)) {
    return " (the default notes bind: add a notes section with enough pages, or bind the link to another kind)";
  }
  if (DATE_KIND.test(target)) {
    return " (no page has this date: check the plan's date range; {date_prev} and {date_next} are empty at its ends, which suppresses the link)";
  }
  return "";
}

export function danglingMessage(link: DanglingLink): string {
  const label = link.label?.trim() ? ` labelled ${JSON.stringify(link.label.trim())}` : "";
  return `page ${link.page}: ${link.widgetType} "${link.widgetId}"${label} links to "${link.target}", which is not defined on any page${hint(link.target)}`;
}

/** The entry after the listed ones, or null when every dangling link was listed. */
export function danglingRestMessage(total: number): string | null {
  const rest = total - DANGLING_REPORT_LIMIT;
  return rest > 0 ? `and ${rest} more dangling link${rest === 1 ? "" : "s"} not listed` : null;
}
