"use client";

// The builder's "Holidays and calendars" fields: public holidays, an .ics file or URL, birthdays.
import { toast } from "sonner";
import { FieldError, Input, Label } from "@/components/ui/input";
import { MAX_ICS_BYTES, type PlannerOptionsInput } from "@/lib/planner/schema";
import { FILE_INPUT } from "./start-from-pdf";

type Props = {
  options: PlannerOptionsInput;
  set: (patch: Partial<PlannerOptionsInput>) => void;
  errors: Record<string, string>;
  birthdayText: string;
  setBirthdayText: (text: string) => void;
  fieldset: string;
  legend: string;
};

export function CalendarFields({ options, set, errors, birthdayText, setBirthdayText, fieldset, legend }: Props) {
  return (
    <fieldset className={fieldset}>
      <legend className={legend}>Holidays and calendars</legend>
      <div className="grid grid-cols-2 gap-3">
        <div>
          <Label htmlFor="planner-country">Country code</Label>
          <Input
            id="planner-country"
            placeholder="e.g. DE, US, FR"
            maxLength={2}
            value={options.holidays?.country ?? ""}
            onChange={(e) => set({ holidays: e.target.value ? { country: e.target.value, region: options.holidays?.region } : null })}
            aria-invalid={!!errors["holidays.country"]}
          />
          <FieldError message={errors["holidays.country"]} />
        </div>
        <div>
          <Label htmlFor="planner-region">Region (optional)</Label>
          <Input
            id="planner-region"
            placeholder="e.g. BY, CA"
            maxLength={3}
            disabled={!options.holidays}
            value={options.holidays?.region ?? ""}
            onChange={(e) =>
              options.holidays && set({ holidays: { country: options.holidays.country, region: e.target.value || undefined } })
            }
            aria-invalid={!!errors["holidays.region"]}
          />
          <FieldError message={errors["holidays.region"]} />
        </div>
      </div>
      <div>
        <Label htmlFor="planner-ics">Calendar file (.ics)</Label>
        <input
          id="planner-ics"
          type="file"
          accept=".ics,text/calendar"
          className={FILE_INPUT}
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (!file) return;
            if (file.size > MAX_ICS_BYTES) return void toast.error("That calendar file is over 1 MB.");
            set({ calendar: { ...options.calendar, ics: await file.text() } });
          }}
        />
        {options.calendar?.ics ? (
          <p className="mt-1 text-xs text-stone-600 dark:text-stone-400">
            Calendar file added.{" "}
            <button
              type="button"
              className="underline"
              onClick={() => set({ calendar: options.calendar?.url ? { url: options.calendar.url } : null })}
            >
              Remove
            </button>
          </p>
        ) : null}
        <FieldError message={errors["calendar.ics"]} />
      </div>
      <div>
        <Label htmlFor="planner-ics-url">Calendar URL (https, optional)</Label>
        <Input
          id="planner-ics-url"
          type="url"
          placeholder="https://…/calendar.ics"
          value={options.calendar?.url ?? ""}
          onChange={(e) => {
            const url = e.target.value.trim() || undefined;
            const ics = options.calendar?.ics;
            set({ calendar: url || ics ? { ...(ics ? { ics } : {}), ...(url ? { url } : {}) } : null });
          }}
          aria-invalid={!!errors["calendar.url"]}
        />
        <FieldError message={errors["calendar.url"]} />
      </div>
      <div>
        <Label htmlFor="planner-birthdays">Birthdays and anniversaries (one per line: Name, MM-DD)</Label>
        <textarea
          id="planner-birthdays"
          rows={3}
          className="block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm dark:border-stone-700 dark:bg-stone-900"
          placeholder={"Ada, 12-10\nWedding anniversary, 06-21"}
          value={birthdayText}
          onChange={(e) => {
            setBirthdayText(e.target.value);
            set({ birthdays: parseBirthdays(e.target.value) });
          }}
        />
        <FieldError message={Object.entries(errors).find(([k]) => k.startsWith("birthdays"))?.[1]} />
      </div>
      <p className="text-xs text-stone-600 dark:text-stone-400">
        Holidays and calendars are a snapshot taken when you save the planner (the preview leaves out a calendar URL); save again to pick up
        changes.
      </p>
    </fieldset>
  );
}

/** "Ada, 12-10" per line; lines that do not parse are kept as they are so validation can name them. */
function parseBirthdays(text: string): { name: string; date: string }[] {
  return text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const at = l.lastIndexOf(",");
      return at < 0 ? { name: l, date: "" } : { name: l.slice(0, at).trim(), date: l.slice(at + 1).trim() };
    });
}
