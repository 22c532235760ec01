"use client";

import { useEffect } from "react";
import { sectionHref } from "@/lib/docs/sections";

/**
 * `/docs/template-language#s5-7` works although §5 lives on its own page: when the hash names a section
 * this page does not hold, go to the page that does.
 */
export function SectionHashRedirect() {
  useEffect(() => {
    const m = /^#s(\d+(?:-\d+)*)$/.exec(window.location.hash);
    if (m && !document.getElementById(`s${m[1]}`)) window.location.replace(sectionHref(m[1]!.replace(/-/g, ".")));
  }, []);
  return null;
}
