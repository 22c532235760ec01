// "1 page", "2 pages", "1,240 pages": counts in the UI always agree with their noun.
const rules = new Intl.PluralRules("en");

/** `noun` in the singular; `pluralNoun` when adding "s" is wrong ("1 entry", "2 entries"). */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${count.toLocaleString("en")} ${rules.select(count) === "one" ? noun : pluralNoun}`;
}
