import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SectionHashRedirect } from "@/components/docs/section-hash-redirect";
import { cn } from "@/components/ui/cn";
import { loadDoc } from "@/lib/docs/markdown";
import { pageHref, TEMPLATE_LANGUAGE_PAGES } from "@/lib/docs/sections";

type Props = { params: Promise<{ slug?: string[] }> };

// Built once from docs/*.md at build time; there are no other pages.
export const dynamicParams = false;

export function generateStaticParams() {
  return TEMPLATE_LANGUAGE_PAGES.map((p) => ({ slug: p.slug ? [p.slug] : [] }));
}

function pageFor(slug: string[] | undefined) {
  const key = (slug ?? []).join("/");
  return TEMPLATE_LANGUAGE_PAGES.find((p) => p.slug === key);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = pageFor((await params).slug);
  return { title: page ? `${page.title} · Template language` : "Template language" };
}

export default async function TemplateLanguagePage({ params }: Props) {
  const page = pageFor((await params).slug);
  if (!page) notFound();
  const { html, toc } = await loadDoc(page);
  const index = TEMPLATE_LANGUAGE_PAGES.indexOf(page);
  const prev = TEMPLATE_LANGUAGE_PAGES[index - 1];
  const next = TEMPLATE_LANGUAGE_PAGES[index + 1];

  // The pages of the reference, with the sections of the open page beneath it.
  const pages = (
    <ol className="space-y-0.5">
      {TEMPLATE_LANGUAGE_PAGES.map((p) => (
        <li key={p.file}>
          <Link
            href={pageHref(p)}
            aria-current={p === page ? "page" : undefined}
            className={cn(
              "flex gap-2 rounded-md px-2 py-1",
              p === page
                ? "bg-stone-200/70 font-medium text-stone-950 dark:bg-stone-800 dark:text-white"
                : "text-stone-600 hover:bg-stone-100 hover:text-stone-950 dark:text-stone-400 dark:hover:bg-stone-800/60 dark:hover:text-white",
            )}
          >
            <span className="w-11 shrink-0 whitespace-nowrap pt-px text-xs tabular-nums text-stone-600 dark:text-stone-400">
              §{p.sections.join("–")}
            </span>
            <span>{p.title}</span>
          </Link>
          {p === page && toc.length > 0 ? (
            <ul aria-label="On this page" className="my-1 ml-[3.25rem] space-y-0.5 border-l border-stone-200 dark:border-stone-800">
              {toc.map((t) => (
                <li key={t.id}>
                  <a
                    href={`#${t.id}`}
                    className={cn(
                      "block py-0.5 pl-3 text-[13px] text-stone-600 hover:text-brand dark:text-stone-400 dark:hover:text-brand-light",
                      t.depth === 1 && "font-medium",
                    )}
                  >
                    {t.text}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );

  return (
    <div className="mx-auto flex max-w-6xl gap-10 px-4 py-6 lg:py-10">
      <SectionHashRedirect />
      <nav aria-label="Template language pages" className="hidden w-60 shrink-0 text-sm lg:block">
        <div className="sticky top-6 max-h-[calc(100vh-3rem)] overflow-auto">{pages}</div>
      </nav>
      <div className="min-w-0 flex-1">
        <details className="mb-6 rounded-lg border border-stone-200 bg-white text-sm lg:hidden dark:border-stone-800 dark:bg-stone-900">
          <summary className="cursor-pointer px-3 py-2 font-medium">Contents</summary>
          <div className="border-t border-stone-200 px-1 py-2 dark:border-stone-800">{pages}</div>
        </details>
        <article className="docs-prose" dangerouslySetInnerHTML={{ __html: html }} />
        <nav
          aria-label="Previous and next page"
          className="mt-12 flex flex-wrap justify-between gap-3 border-t border-stone-200 pt-6 text-sm dark:border-stone-800"
        >
          {prev ? (
            <Link href={pageHref(prev)} className="text-stone-600 hover:text-brand dark:text-stone-400">
              ← {prev.title}
            </Link>
          ) : (
            <span />
          )}
          {next ? (
            <Link href={pageHref(next)} className="text-right text-stone-600 hover:text-brand dark:text-stone-400">
              {next.title} →
            </Link>
          ) : null}
        </nav>
      </div>
    </div>
  );
}
