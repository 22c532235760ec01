// API messages name request fields (`yaml_content: …`) and template paths (`(root): …`), which mean
// nothing in a form: the form already shows the field, so the UI gets the message without them.
const INTERNAL_PREFIX = /(^|[:;]\s)(?:yaml_content|template_yaml|project_id|file|\(root\)):\s/g;

// Planner-builder option paths the server names (holidays, calendars): the form's own label instead.
const BUILDER_LABELS: Record<string, string> = {
  "holidays.country": "Country code",
  "holidays.region": "Region",
  "calendar.ics": "Calendar file",
  "calendar.url": "Calendar URL",
  device_profile: "Tablet",
};
const BUILDER_PREFIX = /(^|[:;]\s)(?:planner\.)?(holidays\.country|holidays\.region|calendar\.ics|calendar\.url|device_profile):\s/g;

/** A message for people using the web UI: no internal field names, starting with a capital. */
export function forReaders(message: string): string {
  const out = message
    .replace(INTERNAL_PREFIX, "$1")
    .replace(BUILDER_PREFIX, (_m, lead: string, path: string) => `${lead}${BUILDER_LABELS[path]}: `);
  return out.charAt(0).toUpperCase() + out.slice(1);
}
