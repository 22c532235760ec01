"use client";

import { useState } from "react";
import { TabList } from "@/components/ui/tabs";
import { DOCS_BASE, sectionHref, WIDGET_SECTIONS } from "@/lib/docs/sections";
import {
  BUNDLED_FONT_FAMILIES,
  COMMON_WIDGET_KEYS,
  GENERATE_MODES,
  STANDARD_FONTS,
  STYLING_KEYS,
  TOKEN_SYNTAX,
  TOKENS,
  WIDGETS,
} from "./reference-data";

const TABS = ["Widgets", "Tokens", "Fonts"] as const;
type Tab = (typeof TABS)[number];

// Opens the full reference beside the editor, so nothing typed is left behind.
function DocLink({ section, children }: { section?: string; children: React.ReactNode }) {
  return (
    <a
      href={section ? sectionHref(section) : DOCS_BASE}
      target="_blank"
      rel="noopener"
      className="text-brand underline-offset-2 hover:underline dark:text-brand-light"
    >
      {children}
    </a>
  );
}

function Code({ children }: { children: string }) {
  return <code className="rounded bg-stone-100 px-1 py-0.5 font-mono text-[11px] dark:bg-stone-800">{children}</code>;
}

export function ReferencePanel() {
  const [tab, setTab] = useState<Tab>("Widgets");
  return (
    <section aria-label="Reference" className="text-sm">
      <TabList tabs={TABS} value={tab} onChange={setTab} label="Reference" size="sm" className="mb-3" />
      {tab === "Widgets" ? (
        <div role="tabpanel" aria-label="Widgets" className="max-h-[60vh] space-y-3 overflow-auto pr-1">
          <div className="text-xs text-stone-600 dark:text-stone-400">
            <p>
              Every widget (units are points, origin top-left; <DocLink section="3.1">§3.1</DocLink>):
            </p>
            <p className="mt-1 flex flex-wrap gap-1">
              {COMMON_WIDGET_KEYS.map((k) => (
                <Code key={k}>{k}</Code>
              ))}
            </p>
            <p className="mt-1">
              Styling (<DocLink section="3.4">§3.4</DocLink>): {STYLING_KEYS.join(", ")}.
            </p>
          </div>
          <dl className="space-y-2">
            {WIDGETS.map((w) => (
              <div key={w.type}>
                <dt className="font-mono text-xs font-semibold">
                  <DocLink section={WIDGET_SECTIONS[w.type]}>{w.type}</DocLink>
                </dt>
                <dd className="text-xs text-stone-600 dark:text-stone-400">
                  {w.summary}{" "}
                  <span className="mt-0.5 flex flex-wrap gap-1">
                    {w.keys.map((k) => (
                      <Code key={k}>{k}</Code>
                    ))}
                  </span>
                </dd>
              </div>
            ))}
          </dl>
        </div>
      ) : tab === "Fonts" ? (
        <FontsPanel />
      ) : (
        <div role="tabpanel" aria-label="Tokens" className="max-h-[60vh] space-y-3 overflow-auto pr-1 text-xs">
          <table className="w-full">
            <tbody>
              {[...TOKEN_SYNTAX, ...TOKENS].map((t) => (
                <tr key={t.token} className="align-top">
                  <td className="py-0.5 pr-2">
                    <Code>{t.token}</Code>
                  </td>
                  <td className="py-0.5 text-stone-600 dark:text-stone-400">{t.meaning}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="text-stone-600 dark:text-stone-400">
            Plan sections generate pages with <Code>generate</Code>: {GENERATE_MODES.join(", ")}. Date variables exist in each_day,
            each_week and each_month sections.
          </p>
          <p className="text-stone-600 dark:text-stone-400">
            More: <DocLink section="5.3">format specs</DocLink> · <DocLink section="5.5">every variable</DocLink> ·{" "}
            <DocLink section="5.8">bind</DocLink> · <DocLink section="6.3">the plan</DocLink>
          </p>
        </div>
      )}
      <p className="mt-3 border-t border-stone-200 pt-2 text-xs dark:border-stone-800">
        <DocLink>Full template language reference ↗</DocLink>
      </p>
    </section>
  );
}

function FontsPanel() {
  return (
    <div
      role="tabpanel"
      aria-label="Fonts"
      className="max-h-[60vh] space-y-3 overflow-auto pr-1 text-xs text-stone-600 dark:text-stone-400"
    >
      <p>
        Set <Code>styling.font</Code> to a family, or a family and style (<Code>DejaVu Sans Bold</Code>); einkpdf&apos;s names such as{" "}
        <Code>Jet Brains Mono NL Medium Italic</Code> work too.
      </p>
      <div>
        <p className="font-medium text-stone-800 dark:text-stone-200">Standard (not embedded)</p>
        <p className="mt-1 flex flex-wrap gap-1">
          {STANDARD_FONTS.map((f) => (
            <Code key={f}>{f}</Code>
          ))}
        </p>
        <p className="mt-1">
          Latin-1 text only; other characters switch the string to DejaVu. <Code>Symbol</Code> draws Greek and maths (α ≤ ∑),
          <Code>ZapfDingbats</Code> dingbats (✔ ➔ ❶), typed as those characters.
        </p>
      </div>
      <dl className="space-y-1.5">
        {BUNDLED_FONT_FAMILIES.map((f) => (
          <div key={f.family}>
            <dt className="font-medium text-stone-800 dark:text-stone-200">
              {f.family}
              {f.cjk ? <span className="font-normal text-stone-500"> · CJK pack</span> : null}
            </dt>
            <dd>{f.styles.join(", ")}</dd>
          </div>
        ))}
      </dl>
      <p>Characters a font lacks come from DejaVu Sans, then from Noto Sans JP / SC (Chinese first for a zh locale).</p>
      <p>
        More: <DocLink section="8.2">how names are found</DocLink> · <DocLink section="8.3">missing characters</DocLink>
      </p>
    </div>
  );
}
