"use client";

import { useState } from "react";
import { widgetSchema } from "@/lib/templates/schema/widgets";
import type { EditableWidget } from "@/lib/templates/widget-geometry";
import type { YamlPath } from "@/lib/templates/yaml-edit";
import { BUNDLED_FONT_FAMILIES, STANDARD_FONTS } from "../reference-data";

type Props = {
  widget: EditableWidget;
  /** Destination ids the document defines (anchors and named destinations), for link targets. */
  destinations: readonly string[];
  onChange: (edits: { path: YamlPath; value: unknown }[]) => void;
};

type Field =
  | { key: YamlPath; label: string; kind: "number"; unit?: string; min?: number }
  | { key: YamlPath; label: string; kind: "text" | "colour" | "font" | "destination" }
  | { key: YamlPath; label: string; kind: "enum"; options: readonly string[] };

const TEXT_TYPES = new Set(["text_block", "checkbox", "internal_link"]);
const LINK_TYPES = new Set(["internal_link", "tap_zone"]);

function fieldsFor(w: EditableWidget): Field[] {
  const fields: Field[] = [
    { key: ["position", "x"], label: "X", kind: "number", unit: "pt", min: 0 },
    { key: ["position", "y"], label: "Y", kind: "number", unit: "pt", min: 0 },
    { key: ["position", "width"], label: "Width", kind: "number", unit: "pt", min: 0 },
    { key: ["position", "height"], label: "Height", kind: "number", unit: "pt", min: 0 },
    { key: ["z_order"], label: "Z order", kind: "number" },
  ];
  if (w.scope.kind === "page") fields.push({ key: ["page"], label: "Page", kind: "number", min: 1 });
  if (TEXT_TYPES.has(w.type)) {
    fields.push(
      { key: ["content"], label: "Text", kind: "text" },
      { key: ["styling", "font"], label: "Font", kind: "font" },
      { key: ["styling", "size"], label: "Font size", kind: "number", unit: "pt", min: 1 },
      { key: ["styling", "text_align"], label: "Align", kind: "enum", options: ["left", "center", "right", "justify"] },
      { key: ["styling", "color"], label: "Colour", kind: "colour" },
    );
  }
  if (LINK_TYPES.has(w.type)) fields.push({ key: ["properties", "to_dest"], label: "Links to", kind: "destination" });
  if (w.type === "anchor") fields.push({ key: ["properties", "dest_id"], label: "Destination id", kind: "text" });
  if (["box", "divider", "vertical_line", "lines"].includes(w.type)) {
    fields.push(
      { key: ["styling", "line_width"], label: "Line width", kind: "number", unit: "pt", min: 0 },
      { key: ["styling", "stroke_color"], label: "Line colour", kind: "colour" },
    );
  }
  fields.push({ key: ["background_color"], label: "Background", kind: "colour" });
  return fields;
}

function read(value: Record<string, unknown>, key: YamlPath): unknown {
  let v: unknown = value;
  for (const k of key) v = v && typeof v === "object" ? (v as Record<string | number, unknown>)[k] : undefined;
  return v;
}

const FONT_OPTIONS = [...BUNDLED_FONT_FAMILIES.map((x) => x.family), ...STANDARD_FONTS];

const inputClass = "w-full rounded-md border border-stone-300 bg-white px-2 py-1 text-sm dark:border-stone-700 dark:bg-stone-950";

/** The selected widget's fields, each with its own control; checked by the template's widget schema. */
export function PropertiesPanel({ widget, destinations, onChange }: Props) {
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const check = widgetSchema.safeParse(widget.value);
  const issues = check.success ? [] : check.error.issues;
  const issueFor = (key: YamlPath) => issues.find((i) => i.path.join(".") === key.join("."))?.message;
  const other = issues.filter((i) => !fieldsFor(widget).some((f) => f.key.join(".") === i.path.join(".")));

  const commit = (key: YamlPath, raw: string, kind: Field["kind"]) => {
    setDrafts((d) => {
      const { [key.join(".")]: _gone, ...rest } = d;
      return rest;
    });
    if (raw === "" && kind !== "text") return;
    const value = kind === "number" ? Number(raw) : raw;
    if (kind === "number" && !Number.isFinite(value)) return;
    if (read(widget.value, key) === value) return;
    onChange([{ path: [...widget.path, ...key], value }]);
  };

  return (
    <section aria-label={`Properties of ${widget.id}`} className="space-y-2 text-sm">
      <h3 className="font-semibold">
        {widget.id} <span className="font-normal text-stone-500 dark:text-stone-400">· {widget.type}</span>
      </h3>
      <div className="grid grid-cols-2 gap-x-3 gap-y-2">
        {fieldsFor(widget).map((f) => {
          const name = f.key.join(".");
          const current = read(widget.value, f.key);
          const shown = drafts[name] ?? (current === undefined || current === null ? "" : String(current));
          const id = `prop-${name}`;
          const problem = issueFor(f.key);
          const common = {
            id,
            "aria-invalid": problem ? true : undefined,
            "aria-describedby": problem ? `${id}-problem` : undefined,
            className: inputClass,
          };
          const set = (v: string) => setDrafts((d) => ({ ...d, [name]: v }));
          const wide = f.kind === "text" || f.kind === "destination" || f.kind === "font";
          return (
            <div key={name} className={wide ? "col-span-2" : undefined}>
              <label htmlFor={id} className="mb-0.5 block text-xs text-stone-600 dark:text-stone-400">
                {f.label}
                {f.kind === "number" && f.unit ? ` (${f.unit})` : ""}
              </label>
              {f.kind === "enum" || f.kind === "font" ? (
                <select {...common} value={shown} onChange={(e) => commit(f.key, e.target.value, f.kind)}>
                  <option value="">(default)</option>
                  {(f.kind === "enum" ? f.options : FONT_OPTIONS).map((o) => (
                    <option key={o}>{o}</option>
                  ))}
                </select>
              ) : f.kind === "colour" ? (
                <div className="flex gap-1">
                  <input
                    type="color"
                    aria-label={`${f.label} picker`}
                    value={/^#[0-9a-f]{6}$/i.test(shown) ? shown : "#ffffff"}
                    onChange={(e) => commit(f.key, e.target.value.toUpperCase(), f.kind)}
                    className="h-8 w-9 shrink-0 rounded border border-stone-300 dark:border-stone-700"
                  />
                  <input
                    {...common}
                    value={shown}
                    placeholder="#RRGGBB"
                    onChange={(e) => set(e.target.value)}
                    onBlur={(e) => commit(f.key, e.target.value, f.kind)}
                  />
                </div>
              ) : (
                <>
                  <input
                    {...common}
                    type={f.kind === "number" ? "number" : "text"}
                    step={f.kind === "number" ? "any" : undefined}
                    min={f.kind === "number" ? f.min : undefined}
                    list={f.kind === "destination" ? "canvas-destinations" : undefined}
                    value={shown}
                    onChange={(e) => set(e.target.value)}
                    onBlur={(e) => commit(f.key, e.target.value, f.kind)}
                    onKeyDown={(e) => {
                      if (e.key === "Enter") commit(f.key, e.currentTarget.value, f.kind);
                    }}
                  />
                </>
              )}
              {problem ? (
                <p id={`${id}-problem`} className="mt-0.5 text-xs text-red-700 dark:text-red-400">
                  {problem}
                </p>
              ) : null}
            </div>
          );
        })}
      </div>
      <datalist id="canvas-destinations">
        {destinations.map((d) => (
          <option key={d} value={d} />
        ))}
      </datalist>
      {other.length > 0 ? (
        <ul className="space-y-0.5 text-xs text-red-700 dark:text-red-400">
          {other.slice(0, 5).map((i, n) => (
            <li key={n}>
              {i.path.join(".") || "widget"}: {i.message}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
