// The checked plan the enumerator and instantiator work from (output of structure.ts).
import type { DateMode } from "../tokens/auto-vars";
import type { TokenValue } from "../tokens/format-spec";
import type { GenerateMode } from "./schema";

export type MasterWidget = {
  index: number;
  id: string;
  type: string;
  source: Record<string, unknown>;
};

export type MasterModel = { name: string; widgets: MasterWidget[] };

export type CounterModel = { name: string; start: number; step: number };

export type SectionModel = {
  kind: string;
  master: MasterModel;
  mode: GenerateMode;
  /** Own or fallback (D12) range text; may hold parent tokens in nested sections. */
  startText?: string;
  endText?: string;
  /** Where the range came from, for diagnostics. */
  rangePath: string;
  count: number;
  pagesPerItem: number;
  context: Record<string, TokenValue>;
  counters: CounterModel[];
  nested: SectionModel[];
  outline?: { title: string; level: number };
  path: string;
};

export type PlanModel = {
  sections: SectionModel[];
  locale: string;
  generateOutlines: boolean;
};

export function isDateSection(s: SectionModel): s is SectionModel & { mode: DateMode } {
  return s.mode === "each_day" || s.mode === "each_week" || s.mode === "each_month";
}
