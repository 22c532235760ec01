"use client";

import { useEffect, useState } from "react";

/**
 * A timestamp in the reader's locale and time zone. The server renders the ISO value (it does
 * not know the locale); the browser replaces it after hydration.
 */
export function LocalTime({ iso, relative = false }: { iso: string | null; relative?: boolean }) {
  const [text, setText] = useState<string | null>(null);
  useEffect(() => {
    if (!iso) return;
    const update = () => setText(relative ? relativeTime(iso) : new Date(iso).toLocaleString());
    update();
    if (!relative) return;
    const t = setInterval(update, 30_000);
    return () => clearInterval(t);
  }, [iso, relative]);
  if (!iso) return <span>—</span>;
  return (
    <time dateTime={iso} title={text && relative ? new Date(iso).toLocaleString() : undefined} suppressHydrationWarning>
      {text ?? iso.replace("T", " ").slice(0, 16)}
    </time>
  );
}

function relativeTime(iso: string): string {
  const seconds = Math.round((Date.parse(iso) - Date.now()) / 1000);
  const rtf = new Intl.RelativeTimeFormat(undefined, { numeric: "auto" });
  const abs = Math.abs(seconds);
  if (abs < 60) return rtf.format(seconds, "second");
  if (abs < 3600) return rtf.format(Math.round(seconds / 60), "minute");
  if (abs < 86_400) return rtf.format(Math.round(seconds / 3600), "hour");
  return rtf.format(Math.round(seconds / 86_400), "day");
}
