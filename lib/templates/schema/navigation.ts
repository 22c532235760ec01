// `navigation` (§4.2 named_destinations, §4.5 outlines, §4.3 links).
import { z } from "zod";
import type { Navigation } from "../types";
import { intIn, nonNegative, numIn, text } from "./primitives";

export const namedDestinationSchema = z.object({
  id: text().pipe(z.string().regex(/^[a-zA-Z0-9_:.{}-]+$/)),
  page: intIn(1, 10000).optional(),
  x: nonNegative().optional(),
  y: nonNegative().optional(),
  fit: z.enum(["Fit", "FitH", "FitV", "XYZ"]).optional(),
});

export const outlineSchema = z.object({
  title: text().pipe(z.string().min(1).max(100)),
  dest: text().pipe(z.string().min(1)),
  level: intIn(1, 4).optional(),
});

export const navigationLinkSchema = z.object({
  from_widget: text().pipe(z.string().min(1)),
  to_dest: text(),
  padding: numIn(0, 20).optional(),
});

const list = <S extends z.ZodType>(item: S) => z.preprocess((v) => (v === null ? undefined : v), z.array(item).optional());

export const navigationSchema = z
  .object({
    named_destinations: list(namedDestinationSchema),
    outlines: list(outlineSchema),
    links: list(navigationLinkSchema),
  })
  .transform((n): Navigation => ({
    named_destinations: (n.named_destinations ?? []).map((d) => ({
      id: d.id,
      page: d.page ?? 1,
      x: d.x ?? 0,
      y: d.y ?? 0,
      fit: d.fit ?? "FitH",
    })),
    outlines: (n.outlines ?? []).map((o) => ({ title: o.title, dest: o.dest, level: o.level ?? 1 })),
    links: (n.links ?? []).map((l) => ({ from_widget: l.from_widget, to_dest: l.to_dest, padding: l.padding ?? 6 })),
  }));
