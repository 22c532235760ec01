"use client";

import { useId } from "react";
import { cn } from "@/components/ui/cn";
import { renderOptionsSchema, type RenderOptionsInput } from "@/lib/jobs/schema";

type Choice = { value: string; label: string };

const TOUCH: Choice[] = [
  { value: "enlarge", label: "Enlarge short links to the device's minimum" },
  { value: "report", label: "Keep link areas as drawn; report short ones" },
];
const LINKS: Choice[] = [
  { value: "named", label: "Named destinations" },
  { value: "explicit", label: "Explicit page positions (readers that cannot resolve names)" },
];

function Radios({ name, legend, choices, initial }: { name: string; legend: string; choices: Choice[]; initial: string }) {
  return (
    <fieldset className="space-y-1">
      <legend className="mb-1 font-medium text-stone-700 dark:text-stone-300">{legend}</legend>
      {choices.map((c) => (
        <label key={c.value} className="flex items-start gap-2">
          <input type="radio" name={name} value={c.value} defaultChecked={c.value === initial} className="mt-0.5" />
          <span>{c.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

/**
 * The "Options" disclosure of a render form (§7.8 render options a user may choose), defaults
 * preselected. `floating` opens it as a panel over the content, for toolbars.
 */
export function RenderOptionsFields({ floating = false }: { floating?: boolean }) {
  const scopeId = useId();
  return (
    <details className={cn("text-sm", floating && "relative")}>
      <summary className="cursor-pointer select-none rounded-md px-1 py-2 text-stone-700 dark:text-stone-300">Options</summary>
      <div
        className={cn(
          "mt-2 space-y-3",
          floating &&
            "absolute right-0 z-20 w-80 rounded-md border border-stone-200 bg-white p-3 shadow-lg dark:border-stone-700 dark:bg-stone-900",
        )}
      >
        <Radios name="touch_targets" legend="Touch targets" choices={TOUCH} initial="enlarge" />
        <Radios name="link_targets" legend="Link targets" choices={LINKS} initial="named" />
        <div>
          <label htmlFor={scopeId} className="mb-1 block font-medium text-stone-700 dark:text-stone-300">
            Constraint checks
          </label>
          <select
            id={scopeId}
            name="constraint_scope"
            defaultValue="full"
            className="rounded-md border border-stone-300 bg-white px-2 py-1 dark:border-stone-700 dark:bg-stone-900"
          >
            <option value="full">Full (every text, stroke and link)</option>
            <option value="einkpdf">einkpdf (its narrower set, for identical strict-mode results)</option>
          </select>
        </div>
      </div>
    </details>
  );
}

/** The options of a form holding RenderOptionsFields, checked with the API's schema. */
export function readRenderOptions(form: FormData): { ok: true; options: RenderOptionsInput } | { ok: false; error: string } {
  const value = (key: string) => {
    const v = form.get(key);
    return typeof v === "string" && v !== "" ? v : undefined;
  };
  const parsed = renderOptionsSchema.safeParse({
    touch_targets: value("touch_targets"),
    link_targets: value("link_targets"),
    constraint_scope: value("constraint_scope"),
  });
  if (parsed.success) return { ok: true, options: parsed.data };
  return { ok: false, error: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") };
}
