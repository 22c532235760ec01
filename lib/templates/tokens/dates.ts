// Civil-date arithmetic (docs/template-language §5.6). Dates are proleptic Gregorian day numbers
// (days since 1970-01-01) computed with integer maths only: no Date objects, so neither TZ nor
// the host clock can change a result.

export type CivilDate = { year: number; month: number; day: number };

/** Day number of a civil date (Hinnant's days_from_civil). */
export function toDayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Civil date of a day number (Hinnant's civil_from_days). */
export function fromDayNumber(dn: number): CivilDate {
  const z = dn + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

/** Strict `YYYY-MM-DD` (and, with `allowMonth`, `YYYY-MM` = the 1st) → day number, or undefined. */
export function parseIsoDate(text: string, allowMonth = false): number | undefined {
  const s = text.trim();
  const full = ISO_DATE.exec(s);
  const short = allowMonth && !full ? ISO_MONTH.exec(s) : null;
  const m = full ?? short;
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = full ? Number(m[3]) : 1;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return toDayNumber(year, month, day);
}

export function pad(n: number, width: number): string {
  const s = String(Math.abs(n)).padStart(width, "0");
  return n < 0 ? `-${s}` : s;
}

export function formatIsoDate(dn: number): string {
  const { year, month, day } = fromDayNumber(dn);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function weekdayIndex(dn: number): number {
  return (((dn + 3) % 7) + 7) % 7;
}

export function mondayOf(dn: number): number {
  return dn - weekdayIndex(dn);
}

export type IsoWeek = { isoYear: number; week: number };

/** ISO-8601 week: the week belongs to the year of its Thursday. */
export function isoWeek(dn: number): IsoWeek {
  const thursday = mondayOf(dn) + 3;
  const isoYear = fromDayNumber(thursday).year;
  const week = Math.floor((thursday - toDayNumber(isoYear, 1, 1)) / 7) + 1;
  return { isoYear, week };
}

/** 52 or 53: the week containing 28 December is always the last one. */
export function isoWeeksInYear(isoYear: number): number {
  return isoWeek(toDayNumber(isoYear, 12, 28)).week;
}

export function formatIsoWeek(w: IsoWeek): string {
  return `${pad(w.isoYear, 4)}-W${pad(w.week, 2)}`;
}

/** Months since year 0, so consecutive months differ by one. */
export function monthIndex(year: number, month: number): number {
  return year * 12 + (month - 1);
}

export function fromMonthIndex(index: number): { year: number; month: number } {
  const year = Math.floor(index / 12);
  return { year, month: index - year * 12 + 1 };
}
