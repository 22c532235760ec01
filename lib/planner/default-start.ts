// The month a new planner starts in, from the clock: January of next year from October on (when
// people buy next year's planner), else January of this year. `now` is a parameter so tests pin it.
export function defaultPlannerStart(now: Date = new Date()): string {
  const year = now.getUTCMonth() >= 9 ? now.getUTCFullYear() + 1 : now.getUTCFullYear();
  return `${year}-01`;
}
