import { describe, expect, it } from "vitest";
import { toDayNumber } from "./dates";
import { formatDateLong, localeNames, monthInDate, monthName, resolveLocale, SUPPORTED_LOCALES, weekdayName } from "./locales";

const jan5 = toDayNumber(2026, 1, 5);

describe("locales (§5.7)", () => {
  it.each([
    ["en", "Monday, January 5, 2026", "January", "Monday"],
    ["pl", "Poniedziałek, 5 stycznia 2026", "Styczeń", "Poniedziałek"],
    ["de", "Montag, 5 Januar 2026", "Januar", "Montag"],
    ["fr", "Lundi, 5 Janvier 2026", "Janvier", "Lundi"],
    ["es", "Lunes, 5 Enero 2026", "Enero", "Lunes"],
    ["it", "Lunedì, 5 Gennaio 2026", "Gennaio", "Lunedì"],
    ["ja", "2026年1月5日 月曜日", "1月", "月曜日"],
    ["zh", "2026年1月5日 星期一", "一月", "星期一"],
    ["uk", "Понеділок, 5 січня 2026", "Січень", "Понеділок"],
    ["nl", "Maandag, 5 Januari 2026", "Januari", "Maandag"],
    ["pt", "Segunda-feira, 5 Janeiro 2026", "Janeiro", "Segunda-feira"],
    ["sv", "Måndag, 5 Januari 2026", "Januari", "Måndag"],
    ["da", "Mandag, 5 Januar 2026", "Januar", "Mandag"],
    ["nb", "Mandag, 5 Januar 2026", "Januar", "Mandag"],
    ["fi", "Maanantai, 5 tammikuuta 2026", "Tammikuu", "Maanantai"],
    ["cs", "Pondělí, 5 ledna 2026", "Leden", "Pondělí"],
    ["ru", "Понедельник, 5 января 2026", "Январь", "Понедельник"],
    ["tr", "Pazartesi, 5 Ocak 2026", "Ocak", "Pazartesi"],
    ["hu", "2026. Január 5., Hétfő", "Január", "Hétfő"],
  ] as const)("%s: date_long %s", (locale, long, month, weekday) => {
    expect(formatDateLong(locale, jan5)).toBe(long);
    expect(monthName(locale, 1)).toBe(month);
    expect(weekdayName(locale, 0)).toBe(weekday);
  });

  // A day number takes the declined month ("14 березня"); a heading keeps the nominative ("Березень").
  it.each([
    ["uk", "Березень", "березня", "Середа, 18 березня 2026"],
    ["pl", "Marzec", "marca", "Środa, 18 marca 2026"],
    ["ru", "Март", "марта", "Среда, 18 марта 2026"],
    ["cs", "Březen", "března", "Středa, 18 března 2026"],
    ["fi", "Maaliskuu", "maaliskuuta", "Keskiviikko, 18 maaliskuuta 2026"],
    ["de", "März", "März", "Mittwoch, 18 März 2026"],
    ["en", "March", "March", "Wednesday, March 18, 2026"],
  ] as const)("%s: heading %s, in a date %s", (locale, heading, inDate, long) => {
    expect(monthName(locale, 3)).toBe(heading);
    expect(monthInDate(locale, 3)).toBe(inDate);
    expect(formatDateLong(locale, toDayNumber(2026, 3, 18))).toBe(long);
  });

  it("has complete tables for every locale", () => {
    for (const l of SUPPORTED_LOCALES) {
      const n = localeNames(l);
      expect(n.monthLong).toHaveLength(12);
      expect(n.monthShort).toHaveLength(12);
      expect(n.weekdayFull).toHaveLength(7);
      expect(n.weekdayShort).toHaveLength(7);
      expect(n.weekdayNarrow).toHaveLength(7);
      expect(n.monthLong.every((s) => s.length > 0)).toBe(true);
      if (n.monthInDate) expect(n.monthInDate.filter((s) => s.length > 0)).toHaveLength(12);
    }
    expect(monthName("de", 12, "short")).toBe("Dez");
    expect(weekdayName("uk", 6, "short")).toBe("Нд");
  });

  it("resolves locale strings by prefix and falls back to en", () => {
    expect(resolveLocale("de-AT")).toEqual({ locale: "de", fallback: false });
    expect(resolveLocale("PL_pl")).toEqual({ locale: "pl", fallback: false });
    expect(resolveLocale("pt-BR")).toEqual({ locale: "pt", fallback: false });
    expect(resolveLocale("ko-KR")).toEqual({ locale: "en", fallback: true });
    expect(resolveLocale(undefined)).toEqual({ locale: "en", fallback: false });
  });
});
