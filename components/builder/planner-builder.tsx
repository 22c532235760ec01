"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { FieldError, Input, Label } from "@/components/ui/input";
import type { ActionResult } from "@/lib/auth/action";
import type { PlannerDevice } from "@/lib/planner/devices";
import {
  DAY_LAYOUTS,
  MAX_ICS_BYTES,
  MAX_NOTES_PAGES,
  PAPERS,
  plannerOptionsSchema,
  type PlannerOptions,
  type PlannerOptionsInput,
} from "@/lib/planner/schema";
import { pageLimitMessage, plannerStructure } from "@/lib/planner/structure";
import { SUPPORTED_LOCALES } from "@/lib/templates/tokens/locales";
import { PageShape } from "./page-shape";
import { FILE_INPUT, StartFromPdf } from "./start-from-pdf";
import { PlannerPreview } from "./preview";
import { ThemePicker, type ThemeCard } from "./theme-picker";
import { CalendarFields } from "./calendar-fields";
import { CUSTOM, defaultName, LAYOUT_NAMES, LOCALE_NAMES, MM, SECTION_NAMES, signature } from "./builder-options";

type Mode =
  | { kind: "create"; create: (input: { name: string; planner: PlannerOptionsInput }) => Promise<ActionResult<{ id: string }>> }
  | {
      kind: "edit";
      projectId: string;
      name: string;
      update: (input: { id: string; changes: { planner: PlannerOptionsInput } }) => Promise<ActionResult<{ id: string }>>;
    };

type Props = { devices: PlannerDevice[]; themes: ThemeCard[]; initial: PlannerOptionsInput; maxPages: number; mode: Mode };

export function PlannerBuilder({ devices, themes, initial, maxPages, mode }: Props) {
  const router = useRouter();
  const [options, setOptions] = useState<PlannerOptionsInput>(initial);
  const [name, setName] = useState(mode.kind === "edit" ? mode.name : "");
  const [birthdayText, setBirthdayText] = useState(() => (initial.birthdays ?? []).map((b) => `${b.name}, ${b.date}`).join("\n"));
  const [pending, startTransition] = useTransition();
  const [savedSignature] = useState(() => signature(initial));
  const parsed = plannerOptionsSchema.safeParse(options);
  const errors: Record<string, string> = {};
  if (!parsed.success) for (const i of parsed.error.issues) errors[i.path.join(".")] ??= i.message;
  // A thousand-page structure is a few milliseconds: computed on every render, no memo needed.
  const pageCount = parsed.success ? plannerStructure(parsed.data).pages.length : undefined;
  const over = pageCount !== undefined && pageCount > maxPages;
  const sections = parsed.success ? parsed.data.sections : plannerOptionsSchema.parse({ start: "2027-01" }).sections;
  const device = devices.find((d) => d.id === options.device_profile) ?? devices[0];
  const custom = options.custom_size !== undefined;
  const structureMoves = mode.kind === "edit" && parsed.success && signature(options) !== savedSignature;

  const set = (patch: Partial<PlannerOptionsInput>) => setOptions((o) => ({ ...o, ...patch }));
  const setSection = (patch: Record<string, unknown>) => setOptions((o) => ({ ...o, sections: { ...sections, ...o.sections, ...patch } }));
  const setDays = (patch: Record<string, unknown>) => setSection({ days: { ...sections.days, ...patch } });

  function submit() {
    if (!parsed.success || over)
      return void toast.error(over ? pageLimitMessage(pageCount ?? 0, maxPages) : "Please fix the highlighted options.");
    startTransition(async () => {
      const result =
        mode.kind === "create"
          ? await mode.create({ name: name.trim() || defaultName(options), planner: options })
          : await mode.update({ id: mode.projectId, changes: { planner: options } });
      if (!result.ok)
        return void toast.error(
          Object.entries(result.fieldErrors ?? {}).map(([k, v]) => `${k.replace(/^planner\./, "")}: ${v}`)[0] ?? result.error,
        );
      toast.success(mode.kind === "create" ? "Planner created" : "Planner updated");
      router.push(`/projects/${result.data.id}`);
      router.refresh();
    });
  }

  const fieldset = "space-y-3 rounded-lg border border-stone-200 p-4 dark:border-stone-800";
  const legend = "px-1 text-sm font-semibold text-stone-800 dark:text-stone-200";
  const select = "block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm dark:border-stone-700 dark:bg-stone-900";
  const radioCard = (checked: boolean) =>
    cn(
      "flex cursor-pointer items-start gap-2 rounded-md border px-3 py-2 text-sm",
      checked ? "border-brand bg-brand/5 ring-1 ring-brand" : "border-stone-200 hover:border-stone-400 dark:border-stone-700",
    );

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,26rem)_minmax(0,1fr)]">
      <form
        aria-label="Planner options"
        className="space-y-5"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        {mode.kind === "create" ? (
          <StartFromPdf
            onLoaded={(next) => {
              setOptions(next);
              setBirthdayText(next.birthdays.map((b) => `${b.name}, ${b.date}`).join("\n"));
            }}
          />
        ) : null}
        {mode.kind === "create" ? (
          <div>
            <Label htmlFor="planner-name">Name</Label>
            <Input
              id="planner-name"
              value={name}
              maxLength={100}
              placeholder={defaultName(options)}
              onChange={(e) => setName(e.target.value)}
            />
          </div>
        ) : null}

        <fieldset className={fieldset}>
          <legend className={legend}>Device</legend>
          <div className="flex items-center gap-3">
            {device ? (
              <PageShape
                width={custom ? (options.custom_size?.width ?? device.width) : device.width}
                height={custom ? (options.custom_size?.height ?? device.height) : device.height}
                hand={options.hand ?? "right"}
                color={device.color}
              />
            ) : null}
            <div className="min-w-0 flex-1">
              <Label htmlFor="planner-device">Your tablet</Label>
              <select
                id="planner-device"
                className={select}
                value={custom ? CUSTOM : options.device_profile}
                onChange={(e) =>
                  e.target.value === CUSTOM
                    ? set({ custom_size: { width: device?.width ?? 445, height: device?.height ?? 594 } })
                    : set({ device_profile: e.target.value, custom_size: undefined })
                }
              >
                {devices.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.name} · {d.size} · {d.color ? "colour" : "greyscale"}
                  </option>
                ))}
                <option value={CUSTOM}>Custom page size…</option>
              </select>
              <p className="mt-1 text-xs text-stone-600 dark:text-stone-400">
                {device
                  ? `${Math.round(device.width)} × ${Math.round(device.height)} pt page; navigation stays clear of the ${device.name}'s toolbar.`
                  : ""}
              </p>
            </div>
          </div>
          {custom ? (
            <div className="grid grid-cols-2 gap-3">
              {(["width", "height"] as const).map((k) => (
                <div key={k}>
                  <Label htmlFor={`planner-${k}`}>{k === "width" ? "Width (mm)" : "Height (mm)"}</Label>
                  <Input
                    id={`planner-${k}`}
                    type="number"
                    min={51}
                    max={609}
                    value={Math.round((options.custom_size?.[k] ?? 0) / MM)}
                    onChange={(e) =>
                      set({
                        custom_size: {
                          width: options.custom_size?.width ?? 445,
                          height: options.custom_size?.height ?? 594,
                          [k]: Number(e.target.value) * MM,
                        },
                      })
                    }
                  />
                  <FieldError message={errors[`custom_size.${k}`] ? "between 51 and 609 mm" : undefined} />
                </div>
              ))}
              <p className="col-span-2 text-xs text-stone-600 dark:text-stone-400">
                Custom sizes keep the selected device&apos;s minimum text size and tap-target rules.
              </p>
            </div>
          ) : null}
        </fieldset>

        <fieldset className={fieldset}>
          <legend className={legend}>Dates and language</legend>
          <div className="grid grid-cols-2 gap-3">
            <div>
              <Label htmlFor="planner-start">First month</Label>
              <Input
                id="planner-start"
                type="month"
                required
                value={options.start}
                onChange={(e) => set({ start: e.target.value })}
                aria-invalid={!!errors.start}
              />
              <FieldError message={errors.start} />
            </div>
            <div>
              <Label htmlFor="planner-months">Months</Label>
              <Input
                id="planner-months"
                type="number"
                min={1}
                max={24}
                value={options.months ?? 12}
                onChange={(e) => set({ months: Number(e.target.value) })}
                aria-invalid={!!errors.months}
              />
              <FieldError message={errors.months} />
            </div>
            <div>
              <Label htmlFor="planner-week">Weeks start on</Label>
              <select
                id="planner-week"
                className={select}
                value={options.week_start ?? "monday"}
                onChange={(e) => set({ week_start: e.target.value as "monday" | "sunday" })}
              >
                <option value="monday">Monday</option>
                <option value="sunday">Sunday</option>
              </select>
            </div>
            <div>
              <Label htmlFor="planner-locale">Language</Label>
              <select
                id="planner-locale"
                className={select}
                value={options.locale ?? "en"}
                onChange={(e) => set({ locale: e.target.value as (typeof SUPPORTED_LOCALES)[number] })}
              >
                {SUPPORTED_LOCALES.map((l) => (
                  <option key={l} value={l}>
                    {LOCALE_NAMES[l] ?? l}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div role="radiogroup" aria-label="Writing hand" className="grid grid-cols-2 gap-2">
            {(["right", "left"] as const).map((h) => (
              <label key={h} className={radioCard((options.hand ?? "right") === h)}>
                <input
                  type="radio"
                  name="hand"
                  checked={(options.hand ?? "right") === h}
                  onChange={() => set({ hand: h })}
                  className="mt-1"
                />
                <span>
                  <span className="block font-medium">{h === "right" ? "Right-handed" : "Left-handed"}</span>
                  <span className="block text-xs text-stone-600 dark:text-stone-400">Tabs on the {h}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>

        <fieldset className={fieldset}>
          <legend className={legend}>Pages</legend>
          <div className="grid gap-2 sm:grid-cols-2">
            {SECTION_NAMES.map(([key, label]) => (
              <label key={key} className="flex items-center gap-2 text-sm">
                <input type="checkbox" checked={sections[key]} onChange={(e) => setSection({ [key]: e.target.checked })} />
                {label}
              </label>
            ))}
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" checked={sections.days.enabled} onChange={(e) => setDays({ enabled: e.target.checked })} />
              Day pages
            </label>
          </div>
          {sections.days.enabled ? (
            <div className="space-y-2 rounded-md bg-stone-50 p-3 dark:bg-stone-800/50">
              <div role="radiogroup" aria-label="Day page layout" className="grid gap-2 sm:grid-cols-3">
                {DAY_LAYOUTS.map((l) => (
                  <label key={l} className={radioCard(sections.days.layout === l)}>
                    <input
                      type="radio"
                      name="day-layout"
                      checked={sections.days.layout === l}
                      onChange={() => setDays({ layout: l })}
                      className="mt-1"
                    />
                    <span className="font-medium">{LAYOUT_NAMES[l]}</span>
                  </label>
                ))}
              </div>
              {sections.days.layout === "time_blocks" ? (
                <div className="grid grid-cols-2 gap-3">
                  {(["from_hour", "to_hour"] as const).map((k) => (
                    <div key={k}>
                      <Label htmlFor={`planner-${k}`}>{k === "from_hour" ? "Day starts at" : "Day ends at"}</Label>
                      <select
                        id={`planner-${k}`}
                        className={select}
                        value={sections.days[k]}
                        onChange={(e) => setDays({ [k]: Number(e.target.value) })}
                      >
                        {Array.from({ length: 25 }, (_, h) => h)
                          .filter((h) => (k === "from_hour" ? h <= 23 : h >= 1))
                          .map((h) => (
                            <option key={h} value={h}>{`${String(h).padStart(2, "0")}:00`}</option>
                          ))}
                      </select>
                    </div>
                  ))}
                  <FieldError message={errors["sections.days.to_hour"]} />
                </div>
              ) : null}
            </div>
          ) : null}
          <div className="grid grid-cols-2 gap-3">
            <div>
              <Label htmlFor="planner-notes">Notes pages</Label>
              <Input
                id="planner-notes"
                type="number"
                min={0}
                max={MAX_NOTES_PAGES}
                value={sections.notes}
                onChange={(e) => setSection({ notes: Number(e.target.value) })}
                aria-invalid={!!errors["sections.notes"]}
              />
              <FieldError message={errors["sections.notes"]} />
            </div>
            <div>
              <Label htmlFor="planner-paper">Paper</Label>
              <select
                id="planner-paper"
                className={select}
                value={options.paper ?? "dots"}
                onChange={(e) => set({ paper: e.target.value as (typeof PAPERS)[number] })}
              >
                {PAPERS.map((p) => (
                  <option key={p} value={p}>
                    {p[0]?.toUpperCase() + p.slice(1)}
                  </option>
                ))}
              </select>
            </div>
          </div>
        </fieldset>

        <fieldset className={fieldset}>
          <legend className={legend}>Theme</legend>
          <ThemePicker
            themes={themes}
            value={options.theme ?? "classic"}
            onChange={(theme) => set({ theme })}
            // A custom size has no profile of its own: its pictures use the nearest listed device.
            device={device?.id ?? "remarkable-2"}
            deviceName={device?.name ?? "your device"}
          />
        </fieldset>

        <CalendarFields
          options={options}
          set={set}
          errors={errors}
          birthdayText={birthdayText}
          setBirthdayText={setBirthdayText}
          fieldset={fieldset}
          legend={legend}
        />

        <div className="sticky bottom-0 -mx-1 space-y-2 rounded-lg border border-stone-200 bg-white/95 p-3 backdrop-blur dark:border-stone-800 dark:bg-stone-900/95">
          <p
            className={cn("text-sm", over ? "font-medium text-red-700 dark:text-red-400" : "text-stone-700 dark:text-stone-300")}
            aria-live="polite"
          >
            {pageCount === undefined
              ? "Fix the highlighted options."
              : over
                ? pageLimitMessage(pageCount, maxPages)
                : `${pageCount.toLocaleString("en-US")} pages, every one linked from the tabs.`}
          </p>
          {structureMoves ? (
            <p className="text-sm text-amber-800 dark:text-amber-300" role="note">
              This change adds, removes or moves pages. Tablets keep handwriting by page number, so notes written in the old PDF will not
              line up with the new one.
            </p>
          ) : null}
          <Button type="submit" disabled={pending || !parsed.success || over} className="w-full">
            {pending ? "Saving…" : mode.kind === "create" ? "Create planner" : "Save and regenerate"}
          </Button>
        </div>
      </form>
      {/* On a phone the preview comes first: it is what the options are for. */}
      <div className="order-first lg:sticky lg:top-4 lg:order-none lg:self-start">
        <PlannerPreview options={options} valid={parsed.success && !over} deviceName={device?.name ?? "your device"} />
      </div>
    </div>
  );
}
