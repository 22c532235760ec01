import { describe, expect, it } from "vitest";
import { toDayNumber } from "./dates";
import { formatDateLong, localeNames, monthName, resolveLocale, SUPPORTED_LOCALES, weekdayName } from "./locales";

const jan5 = toDayNumber(2026, 1, 5);

describe("locales (§5.7)", () => {
  it.each([
    ["en", "Monday, January 5, 2026", "January", "Monday"],
    ["pl", "Poniedziałek, 5 Styczeń 2026", "Styczeń", "Poniedziałek"],
    ["de", "Montag, 5 Januar 2026", "Januar", "Montag"],
    ["fr", "Lundi, 5 Janvier 2026", "Janvier", "Lundi"],
    ["es", "Lunes, 5 Enero 2026", "Enero", "Lunes"],
    ["it", "Lunedì, 5 Gennaio 2026", "Gennaio", "Lunedì"],
    ["ja", "2026年1月5日 月曜日", "1月", "月曜日"],
    ["zh", "2026年1月5日 星期一", "一月", "星期一"],
    ["uk", "Понеділок, 5 Січень 2026", "Січень", "Понеділок"],
    ["nl", "Maandag, 5 Januari 2026", "Januari", "Maandag"],
    ["pt", "Segunda-feira, 5 Janeiro 2026", "Janeiro", "Segunda-feira"],
    ["sv", "Måndag, 5 Januari 2026", "Januari", "Måndag"],
    ["da", "Mandag, 5 Januar 2026", "Januar", "Mandag"],
    ["nb", "Mandag, 5 Januar 2026", "Januar", "Mandag"],
    ["fi", "Maanantai, 5 Tammikuu 2026", "Tammikuu", "Maanantai"],
    ["cs", "Pondělí, 5 Leden 2026", "Leden", "Pondělí"],
    ["ru", "Понедельник, 5 Январь 2026", "Январь", "Понедельник"],
    ["tr", "Pazartesi, 5 Ocak 2026", "Ocak", "Pazartesi"],
    ["hu", "2026. Január 5., Hétfő", "Január", "Hétfő"],
  ] as const)("%s: date_long %s", (locale, long, month, weekday) => {
    expect(formatDateLong(locale, jan5)).toBe(long);
    expect(monthName(locale, 1)).toBe(month);
    expect(weekdayName(locale, 0)).toBe(weekday);
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
