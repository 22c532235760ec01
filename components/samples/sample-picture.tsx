"use client";

import { useEffect, useRef, useState } from "react";
import { cn } from "@/components/ui/cn";

type Props = { src: string; alt: string; className?: string };

/**
 * A page picture drawn by the server's renderer. The first request for a picture renders it (seconds
 * on a busy server), so it is asked for only once it is about to scroll into view — not when the
 * browser's lazy loading would, which is far ahead and would put a dozen renders in front of the
 * builder's live preview — and a quiet placeholder holds its place until it arrives.
 */
export function SamplePicture({ src, alt, className }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  const [state, setState] = useState<{ src: string; status: "loading" | "loaded" | "failed" }>({ src, status: "loading" });
  // A new picture (another page in the flip-through) starts loading again.
  const status = state.src === src ? state.status : "loading";

  useEffect(() => {
    const el = box.current;
    if (!el || near) return;
    const seen = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      { rootMargin: "120px" },
    );
    seen.observe(el);
    return () => seen.disconnect();
  }, [near]);

  return (
    <div
      ref={box}
      className={cn("relative flex items-center justify-center overflow-hidden rounded-md bg-stone-100 dark:bg-stone-800", className)}
    >
      {status === "loading" ? (
        <span aria-hidden="true" className="absolute inset-3 animate-pulse rounded-sm bg-stone-200 dark:bg-stone-700" />
      ) : null}
      {status === "failed" ? (
        <span className="px-3 text-center text-xs text-stone-600 dark:text-stone-400">The picture could not be drawn just now.</span>
      ) : (
        // eslint-disable-next-line @next/next/no-img-element -- a PNG drawn and cached by the app's renderer; next/image would resize it again
        <img
          src={near ? src : undefined}
          alt={alt}
          decoding="async"
          onLoad={() => setState({ src, status: "loaded" })}
          onError={() => setState({ src, status: "failed" })}
          className={cn(
            "relative max-h-full max-w-full bg-white shadow-md ring-1 ring-stone-300 transition-opacity dark:ring-stone-600",
            status === "loading" ? "opacity-0" : "opacity-100",
          )}
        />
      )}
    </div>
  );
}
