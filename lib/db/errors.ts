// Prisma error shapes the data layer reacts to, in one place.

/** A unique index refused the write (Prisma P2002): a duplicate name, key or row raced in. */
export function isUniqueViolation(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { code?: unknown }).code === "P2002";
}

/**
 * The database was busy past its wait (Prisma P1008: SQLite's SQLITE_BUSY after the busy timeout,
 * "Operation has timed out"; a socket timeout on Postgres). Nothing was written: the caller may retry.
 */
export function isDatabaseBusy(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { code?: unknown }).code === "P1008";
}
