// Prisma error shapes the data layer reacts to, in one place.

/** A unique index refused the write (Prisma P2002): a duplicate name, key or row raced in. */
export function isUniqueViolation(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { code?: unknown }).code === "P2002";
}
