// Widgets are built in a try/catch (plan.ts), but their paint steps run later, while the page is drawn
// (document.ts), where one throwing step (a font program fontkit cannot shape, say) would
// abort the whole document — and with it a 400-page render. Each widget's steps are wrapped so a failure
// ends only that widget: the graphics states it opened are closed again, the rest of the page draws,
// and the failure is reported like a build failure (D30: warning, or error in strict mode).
import type { PaintStep } from "./model";
import type { Painter } from "./painter";

const openSaves = new WeakMap<Painter, { depth: number }>();

/**
 * The painter a canvas hands its steps: the same methods, counting open `save()`s so a failed step's
 * can be closed. (The painter is a plain object of chainable methods that hides the rest of pdfkit.)
 */
export function countingPainter(painter: Painter): Painter {
  const state = { depth: 0 };
  const methods = painter as unknown as Record<string, unknown>;
  const facade: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(methods)) {
    if (typeof fn !== "function") continue;
    const delta = name === "save" ? 1 : name === "restore" ? -1 : 0;
    facade[name] = (...args: unknown[]) => {
      state.depth += delta;
      fn.apply(painter, args);
      return facade;
    };
  }
  openSaves.set(facade as unknown as Painter, state);
  return facade as unknown as Painter;
}

export type PaintFailure = (message: string) => void;

/** The widget a guarded step draws: what its failure report names (kept so a replayed step reports the same). */
export type PaintSite = { path: string; page: number; widgetId: string };

const sites = new WeakMap<PaintStep, PaintSite>();

/** The widget of a step guarded with a site. */
export function paintSiteOf(step: PaintStep): PaintSite | undefined {
  return sites.get(step);
}

let failures = 0;

/** Paint steps that failed so far in this thread: shared-paint.ts checks a drawing it reuses did not fail. */
export function paintFailureCount(): number {
  return failures;
}

export function guardPaintStep(step: PaintStep, onFailure: PaintFailure, site?: PaintSite): PaintStep {
  const guarded: PaintStep = (p) => {
    const state = openSaves.get(p);
    const open = state?.depth ?? 0;
    try {
      step(p);
    } catch (err) {
      failures++;
      while (state && state.depth > open) p.restore();
      onFailure(`widget not drawn: ${err instanceof Error ? err.message : "unknown failure"}`);
    }
  };
  if (site) sites.set(guarded, site);
  return guarded;
}
