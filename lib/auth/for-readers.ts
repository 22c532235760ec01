// API messages name request fields (`yaml_content: …`) and template paths (`(root): …`), which mean
// nothing in a form: the form already shows the field, so the UI gets the message without them.
const INTERNAL_PREFIX = /(^|[:;]\s)(?:yaml_content|template_yaml|project_id|file|\(root\)):\s/g;

/** A message for people using the web UI: no internal field names, starting with a capital. */
export function forReaders(message: string): string {
  const out = message.replace(INTERNAL_PREFIX, "$1");
  return out.charAt(0).toUpperCase() + out.slice(1);
}
