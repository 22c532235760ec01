// A per-day chart drawn as SVG on the server: no chart library, no client JavaScript. Screen readers
// get a title and a one-line summary; everyone can open the same figures as a table.
import { cn } from "@/components/ui/cn";

export type ChartSeries = {
  label: string;
  /** One value per date; null = no data that day (a gap in a line, no bar). */
  values: (number | null)[];
  tone: "brand" | "amber" | "red";
};

type Props = {
  id: string;
  title: string;
  /** What the figures mean, shown under the title and read as the chart's description. */
  description: string;
  dates: string[];
  series: ChartSeries[];
  kind: "line" | "bar";
  format: (value: number) => string;
  /** The top of the scale when it is fixed (e.g. 1 for a rate); otherwise from the data. */
  max?: number;
};

// Drawn about as wide as it is shown (half the page on desktop, the full phone width), so 12-unit
// labels stay readable once scaled.
const W = 440;
const H = 200;
const PAD = { left: 48, right: 8, top: 10, bottom: 26 };
const PLOT_W = W - PAD.left - PAD.right;
const PLOT_H = H - PAD.top - PAD.bottom;

const STROKE = { brand: "stroke-brand dark:stroke-brand-light", amber: "stroke-amber-500", red: "stroke-red-500" } as const;
const FILL = { brand: "fill-brand dark:fill-brand-light", amber: "fill-amber-500", red: "fill-red-500" } as const;
const SWATCH = { brand: "bg-brand dark:bg-brand-light", amber: "bg-amber-500", red: "bg-red-500" } as const;

/** 1, 2 or 5 times a power of ten, at or above `value`: round numbers on the axis. */
export function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

const shortDate = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString("en", { month: "short", day: "numeric", timeZone: "UTC" });

export function DailyChart({ id, title, description, dates, series, kind, format, max }: Props) {
  const all = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const top = max ?? niceCeiling(Math.max(0, ...all));
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * top);
  const slot = PLOT_W / Math.max(1, dates.length);
  const x = (i: number) => PAD.left + slot * (i + 0.5);
  const y = (v: number) => PAD.top + PLOT_H * (1 - Math.min(v, top) / top);
  const labelEvery = Math.ceil(dates.length / 5);
  const summary =
    all.length === 0 ? "No data in this window." : `${series.map((s) => `${s.label} from ${range(s.values, format)}`).join("; ")}.`;

  return (
    <figure
      aria-labelledby={`${id}-title`}
      className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm dark:border-stone-800 dark:bg-stone-900"
    >
      <figcaption>
        <h2 id={`${id}-title`} className="font-medium">
          {title}
        </h2>
        <p className="mt-0.5 text-sm text-stone-600 dark:text-stone-400">{description}</p>
        <ul className="mt-2 flex flex-wrap gap-4 text-xs text-stone-700 dark:text-stone-300" aria-hidden>
          {series.map((s) => (
            <li key={s.label} className="flex items-center gap-1.5">
              <span className={cn("inline-block size-2.5 rounded-sm", SWATCH[s.tone])} />
              {s.label}
            </li>
          ))}
        </ul>
      </figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={`${id}-svg-title`}
        aria-describedby={`${id}-svg-desc`}
        className="mt-3 h-auto w-full overflow-visible"
      >
        <title id={`${id}-svg-title`}>{title}</title>
        <desc id={`${id}-svg-desc`}>{summary}</desc>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} className="stroke-stone-200 dark:stroke-stone-800" strokeWidth={1} />
            <text
              x={PAD.left - 8}
              y={y(t)}
              dy="0.32em"
              textAnchor="end"
              className="fill-stone-500 text-[12px] tabular-nums dark:fill-stone-400"
            >
              {format(t)}
            </text>
          </g>
        ))}
        {dates.map((d, i) =>
          i % labelEvery === 0 ? (
            <text key={d} x={x(i)} y={H - 8} textAnchor="middle" className="fill-stone-500 text-[12px] dark:fill-stone-400">
              {shortDate(d)}
            </text>
          ) : null,
        )}
        {kind === "bar" ? (
          <Bars series={series} slot={slot} x={x} y={y} format={format} dates={dates} />
        ) : (
          <Lines series={series} x={x} y={y} format={format} dates={dates} />
        )}
      </svg>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-stone-600 hover:text-stone-900 dark:text-stone-400 dark:hover:text-white">
          Show as a table
        </summary>
        <div className="relative mt-2 max-h-72 overflow-auto">
          <table className="w-full text-left tabular-nums">
            <caption className="sr-only">{title}, per day</caption>
            <thead className="text-xs uppercase tracking-wide text-stone-500">
              <tr>
                <th scope="col" className="py-1 pr-4 font-medium">
                  Day (UTC)
                </th>
                {series.map((s) => (
                  <th key={s.label} scope="col" className="py-1 pr-4 font-medium">
                    {s.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {dates.map((d, i) => (
                <tr key={d} className="border-t border-stone-100 dark:border-stone-800">
                  <th scope="row" className="py-1 pr-4 font-normal">
                    {d}
                  </th>
                  {series.map((s) => (
                    <td key={s.label} className="py-1 pr-4">
                      {s.values[i] === null || s.values[i] === undefined ? "—" : format(s.values[i]!)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}

type DrawProps = {
  series: ChartSeries[];
  dates: string[];
  x: (i: number) => number;
  y: (v: number) => number;
  format: (v: number) => string;
};

function Lines({ series, dates, x, y, format }: DrawProps) {
  return series.map((s) => {
    // A day without data breaks the line rather than drawing through it.
    const d = s.values
      .map((v, i) => (v === null ? "" : `${i > 0 && s.values[i - 1] !== null ? "L" : "M"}${x(i).toFixed(1)},${y(v).toFixed(1)}`))
      .join("");
    return (
      <g key={s.label}>
        <path d={d} fill="none" strokeWidth={2} strokeLinejoin="round" strokeLinecap="round" className={STROKE[s.tone]} />
        {s.values.map((v, i) =>
          v === null ? null : (
            <circle key={dates[i]} cx={x(i)} cy={y(v)} r={2.5} className={FILL[s.tone]}>
              <title>{`${dates[i]}: ${s.label} ${format(v)}`}</title>
            </circle>
          ),
        )}
      </g>
    );
  });
}

function Bars({ series, dates, x, y, format, slot }: DrawProps & { slot: number }) {
  const width = Math.max(2, Math.min(28, (slot * 0.7) / series.length));
  return series.map((s, si) =>
    s.values.map((v, i) => {
      if (v === null) return null;
      const left = x(i) - (width * series.length) / 2 + si * width;
      const top = y(v);
      return (
        <rect
          key={`${s.label}-${dates[i]}`}
          x={left}
          y={top}
          width={width}
          height={Math.max(0, y(0) - top)}
          rx={2}
          className={FILL[s.tone]}
        >
          <title>{`${dates[i]}: ${s.label} ${format(v)}`}</title>
        </rect>
      );
    }),
  );
}

function range(values: (number | null)[], format: (v: number) => string): string {
  const present = values.filter((v): v is number => v !== null);
  if (present.length === 0) return "no data";
  return `${format(Math.min(...present))} to ${format(Math.max(...present))}`;
}
