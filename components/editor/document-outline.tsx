"use client";

import { plural } from "@/lib/plural";
import type { ReactNode } from "react";
import type { DocumentSummary, SectionSummary } from "@/lib/templates";

/**
 * Sections shown before the rest is folded away: a generated planner has one section per page (454 for
 * a year), which made the project page 12,000 px tall and pushed the editor below the fold.
 */
const SHOWN_SECTIONS = 8;

function Section({ section }: { section: SectionSummary }) {
  return (
    <li>
      <span className="font-mono text-xs">{section.kind}</span>{" "}
      <span className="text-xs text-stone-500 dark:text-stone-400">
        {section.generate} · master “{section.master}”
      </span>
      {section.nested.length > 0 ? <Sections sections={section.nested} /> : null}
    </li>
  );
}

function Sections({ sections }: { sections: readonly SectionSummary[] }) {
  const folded = sections.length > SHOWN_SECTIONS + 2 ? sections.slice(SHOWN_SECTIONS) : [];
  const shown = folded.length > 0 ? sections.slice(0, SHOWN_SECTIONS) : sections;
  return (
    <ul className="ml-3 space-y-0.5 border-l border-stone-200 pl-3 dark:border-stone-700">
      {shown.map((s, i) => (
        <Section key={`${s.kind}-${i}`} section={s} />
      ))}
      {folded.length > 0 ? (
        <li>
          <details>
            <summary className="cursor-pointer text-xs text-stone-600 dark:text-stone-400">{plural(folded.length, "more section")}</summary>
            <ul className="space-y-0.5">
              {folded.map((s, i) => (
                <Section key={`${s.kind}-${i + SHOWN_SECTIONS}`} section={s} />
              ))}
            </ul>
          </details>
        </li>
      ) : null}
    </ul>
  );
}

function JumpLink({ line, onJump, children }: { line?: number; onJump: (line: number) => void; children: ReactNode }) {
  if (line === undefined) return <>{children}</>;
  return (
    <button
      type="button"
      onClick={() => onJump(line)}
      className="text-left underline-offset-2 hover:underline"
      title={`Go to line ${line}`}
    >
      {children}
    </button>
  );
}

// h2: the first headings under the page title (axe heading-order).
/** What the document is: for a project, its masters and plan sections (§6), otherwise page and widget counts. */
export function DocumentOutline({ summary, onJump }: { summary: DocumentSummary | undefined; onJump: (line: number) => void }) {
  if (!summary) return null;
  const pages = summary.pageCount === undefined ? "page count unknown until the errors are fixed" : plural(summary.pageCount, "page");
  if (summary.kind === "template") {
    return (
      <p className="text-sm text-stone-600 dark:text-stone-400">
        Template · {plural(summary.widgets, "widget")} · {pages}
      </p>
    );
  }
  return (
    <div className="grid gap-4 text-sm sm:grid-cols-2">
      <section aria-label="Masters">
        <h2 className="mb-1 font-semibold">Masters ({summary.masters.length})</h2>
        <ul className="space-y-0.5">
          {summary.masters.map((m, i) => (
            <li key={`${m.name}-${i}`}>
              <JumpLink line={m.line} onJump={onJump}>
                {m.name}
              </JumpLink>{" "}
              <span className="text-xs text-stone-500 dark:text-stone-400">· {m.widgets} widgets</span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-label="Plan">
        <h2 className="mb-1 font-semibold">
          <JumpLink line={summary.planLine} onJump={onJump}>
            Plan
          </JumpLink>{" "}
          · {pages}
        </h2>
        <Sections sections={summary.sections} />
      </section>
    </div>
  );
}
