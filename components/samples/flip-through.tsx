"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { SamplePicture } from "./sample-picture";

export type FlipPage = { label: string; src: string };

type Props = {
  title: string;
  pages: readonly FlipPage[];
  /** What opens the flip-through (a button's label). */
  openLabel: string;
  /** The action under the pictures, e.g. "Use this". */
  footer?: ReactNode;
  buttonClassName?: string;
};

/** A modal page flip-through (native <dialog>: Esc closes it, focus stays inside) with ←/→ keys. */
export function FlipThrough({ title, pages, openLabel, footer, buttonClassName }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [index, setIndex] = useState(0);
  const [open, setOpen] = useState(false);
  const page = pages[index];
  const go = (delta: number) => setIndex((i) => (i + delta + pages.length) % pages.length);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  return (
    <>
      <Button variant="secondary" className={buttonClassName} onClick={() => (setIndex(0), setOpen(true))} aria-haspopup="dialog">
        {openLabel}
      </Button>
      <dialog
        ref={dialog}
        aria-label={title}
        onClose={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key === "ArrowRight") go(1);
          if (e.key === "ArrowLeft") go(-1);
        }}
        onClick={(e) => {
          if (e.target === e.currentTarget) setOpen(false); // a click on the backdrop
        }}
        className="m-auto w-[min(44rem,calc(100vw-1.5rem))] rounded-xl bg-white p-0 text-stone-900 shadow-2xl backdrop:bg-stone-950/60 dark:bg-stone-900 dark:text-stone-100"
      >
        {open && page ? (
          <div className="flex flex-col gap-3 p-4 sm:p-5">
            <div className="flex items-center justify-between gap-3">
              <h2 className="text-lg font-semibold">{title}</h2>
              <Button variant="ghost" size="sm" onClick={() => setOpen(false)} aria-label="Close">
                ✕
              </Button>
            </div>
            <SamplePicture src={page.src} alt={`${title}: ${page.label} page`} className="h-[min(62vh,40rem)] p-3" />
            <div className="flex items-center justify-between gap-2">
              <Button variant="secondary" size="sm" onClick={() => go(-1)} disabled={pages.length < 2} aria-label="Previous page">
                ← <span className="hidden sm:inline">Previous</span>
              </Button>
              <ol className="flex flex-wrap justify-center gap-1" aria-label="Pages">
                {pages.map((p, i) => (
                  <li key={p.src}>
                    <button
                      type="button"
                      onClick={() => setIndex(i)}
                      aria-current={i === index ? "true" : undefined}
                      className={cn(
                        "rounded-md px-2.5 py-1 text-sm font-medium focus-visible:outline-2 focus-visible:outline-brand",
                        i === index
                          ? "bg-brand text-white"
                          : "text-stone-700 hover:bg-stone-100 dark:text-stone-300 dark:hover:bg-stone-800",
                      )}
                    >
                      {p.label}
                    </button>
                  </li>
                ))}
              </ol>
              <Button variant="secondary" size="sm" onClick={() => go(1)} disabled={pages.length < 2} aria-label="Next page">
                <span className="hidden sm:inline">Next</span> →
              </Button>
            </div>
            <p className="text-center text-xs text-stone-600 dark:text-stone-400" aria-live="polite">
              {page.label} · {index + 1} of {pages.length} · drawn by the same renderer as your PDF
            </p>
            {footer ? <div className="flex justify-end border-t border-stone-200 pt-3 dark:border-stone-800">{footer}</div> : null}
          </div>
        ) : null}
      </dialog>
    </>
  );
}
