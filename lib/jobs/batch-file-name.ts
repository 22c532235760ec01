// A batch ZIP's entry names: the device profile, then the job's variable values when the batch has
// sets of them (`remarkable-2 2027 Anna.pdf`), so each PDF says what it is without opening it.
import type { Variables } from "@/lib/jobs/variables";

const MAX_NAME = 100;

/** Characters that are safe in a file name on every desktop system (ZIP entry names become file names). */
const safe = (text: string) =>
  text
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, "_")
    .replace(/\s+/g, " ")
    .trim();

/** `name` without `.pdf`; unique names within one ZIP are the caller's job. */
export function batchEntryBase(profile: string | null, variables: Variables | null): string {
  const parts = [profile ?? "default", ...Object.values(variables ?? {}).map((v) => safe(String(v)))].filter((p) => p !== "");
  const base = safe(parts.join(" ")).slice(0, MAX_NAME).replace(/^\.+/, "_");
  return base || "default";
}
