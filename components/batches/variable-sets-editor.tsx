"use client";

import { Button } from "@/components/ui/button";
import { FieldError, Input } from "@/components/ui/input";
import { rowKey, type BatchFormErrors, type VariableSet } from "./variable-sets";

type Props = {
  sets: VariableSet[];
  onChange: (sets: VariableSet[]) => void;
  errors: BatchFormErrors;
  /** Fresh keys for new sets and rows (React keys, and where errors are kept). */
  nextKey: () => number;
  maxSets: number;
};

/** Sets of name = value rows: each set is one PDF per device, with those values for the template's tokens. */
export function VariableSetsEditor({ sets, onChange, errors, nextKey, maxSets }: Props) {
  const update = (key: number, fn: (s: VariableSet) => VariableSet) => onChange(sets.map((s) => (s.key === key ? fn(s) : s)));
  const emptyRow = () => ({ key: nextKey(), name: "", value: "" });

  return (
    <div className="max-w-3xl space-y-3">
      {sets.map((set, i) => {
        const setError = errors.sets[set.key];
        return (
          <fieldset
            key={set.key}
            className="rounded-md border border-stone-200 p-3 dark:border-stone-700"
            aria-describedby={setError ? `set-${set.key}-error` : undefined}
          >
            <div className="mb-2 flex items-center justify-between gap-2">
              <legend className="float-left text-sm font-medium">Set {i + 1}</legend>
              <Button
                size="sm"
                variant="ghost"
                aria-label={`Remove set ${i + 1}`}
                onClick={() => onChange(sets.filter((s) => s.key !== set.key))}
              >
                Remove set
              </Button>
            </div>
            <div className="space-y-2">
              {set.rows.map((row, r) => {
                const error = errors.rows[rowKey(set, row)];
                const id = `var-${set.key}-${row.key}`;
                return (
                  <div key={row.key}>
                    <div className="grid grid-cols-[minmax(0,1fr)_auto_minmax(0,1.4fr)_auto] items-center gap-2">
                      <Input
                        id={`${id}-name`}
                        aria-label={`Set ${i + 1}, variable ${r + 1} name`}
                        placeholder="name, e.g. year"
                        value={row.name}
                        maxLength={64}
                        autoComplete="off"
                        spellCheck={false}
                        className="font-mono"
                        aria-invalid={error ? true : undefined}
                        aria-describedby={error ? `${id}-error` : undefined}
                        onChange={(e) =>
                          update(set.key, (s) => ({
                            ...s,
                            rows: s.rows.map((x) => (x.key === row.key ? { ...x, name: e.target.value } : x)),
                          }))
                        }
                      />
                      <span aria-hidden className="text-stone-400">
                        =
                      </span>
                      <Input
                        aria-label={`Set ${i + 1}, variable ${r + 1} value`}
                        placeholder="value, e.g. 2027"
                        value={row.value}
                        maxLength={1000}
                        autoComplete="off"
                        aria-invalid={error ? true : undefined}
                        onChange={(e) =>
                          update(set.key, (s) => ({
                            ...s,
                            rows: s.rows.map((x) => (x.key === row.key ? { ...x, value: e.target.value } : x)),
                          }))
                        }
                      />
                      <Button
                        size="sm"
                        variant="ghost"
                        aria-label={`Remove variable ${r + 1} of set ${i + 1}`}
                        title="Remove this variable"
                        onClick={() => update(set.key, (s) => ({ ...s, rows: s.rows.filter((x) => x.key !== row.key) }))}
                      >
                        <span aria-hidden>×</span>
                      </Button>
                    </div>
                    {error ? (
                      <p id={`${id}-error`} className="mt-1 text-sm text-red-600 dark:text-red-400">
                        {error}
                      </p>
                    ) : null}
                  </div>
                );
              })}
            </div>
            <div id={`set-${set.key}-error`}>
              <FieldError message={setError} />
            </div>
            <Button
              size="sm"
              variant="ghost"
              className="mt-2"
              onClick={() => update(set.key, (s) => ({ ...s, rows: [...s.rows, emptyRow()] }))}
            >
              + Add variable
            </Button>
          </fieldset>
        );
      })}
      <Button
        size="sm"
        variant="secondary"
        disabled={sets.length >= maxSets}
        onClick={() => {
          // A new set starts with the previous set's names: sets usually differ in values only.
          const names =
            sets
              .at(-1)
              ?.rows.map((r) => r.name)
              .filter((n) => n.trim() !== "") ?? [];
          const rows = names.length > 0 ? names.map((name) => ({ key: nextKey(), name, value: "" })) : [emptyRow()];
          onChange([...sets, { key: nextKey(), rows }]);
        }}
      >
        {sets.length === 0 ? "+ Add variables" : "+ Add another set"}
      </Button>
    </div>
  );
}
