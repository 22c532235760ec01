// Month and weekday names frozen into the product (§5.7): CLDR-derived, nominative, capitalised for
// use as headings. Never taken from Intl, so output cannot change with the runtime's ICU data.
// Languages that decline a month after a day number ("14 marca", "14 березня") also carry that form
// (CLDR's format-context names, lower-case as in running text): dates use it, headings never do.
import { fromDayNumber, weekdayIndex } from "./dates";

export const SUPPORTED_LOCALES = [
  "en",
  "pl",
  "de",
  "fr",
  "es",
  "it",
  "ja",
  "zh",
  "uk",
  "nl",
  "pt",
  "sv",
  "da",
  "nb",
  "fi",
  "cs",
  "ru",
  "tr",
  "hu",
] as const;
export type LocaleId = (typeof SUPPORTED_LOCALES)[number];

export type LocaleNames = {
  /** January … December. */
  monthLong: readonly string[];
  monthShort: readonly string[];
  /** Monday … Sunday. */
  weekdayFull: readonly string[];
  weekdayShort: readonly string[];
  weekdayNarrow: readonly string[];
  /** The month after a day number (genitive; Finnish partitive), where it differs from `monthLong`. */
  monthInDate?: readonly string[];
};

const split = (s: string): readonly string[] => s.split(" ");
const cjkMonths = split("1月 2月 3月 4月 5月 6月 7月 8月 9月 10月 11月 12月");

const NAMES: Record<LocaleId, LocaleNames> = {
  en: {
    monthLong: split("January February March April May June July August September October November December"),
    monthShort: split("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"),
    weekdayFull: split("Monday Tuesday Wednesday Thursday Friday Saturday Sunday"),
    weekdayShort: split("Mon Tue Wed Thu Fri Sat Sun"),
    weekdayNarrow: split("M T W T F S S"),
  },
  pl: {
    monthLong: split("Styczeń Luty Marzec Kwiecień Maj Czerwiec Lipiec Sierpień Wrzesień Październik Listopad Grudzień"),
    monthShort: split("Sty Lut Mar Kwi Maj Cze Lip Sie Wrz Paź Lis Gru"),
    weekdayFull: split("Poniedziałek Wtorek Środa Czwartek Piątek Sobota Niedziela"),
    weekdayShort: split("Pon Wt Śr Czw Pt Sob Niedz"),
    weekdayNarrow: split("P W Ś C P S N"),
    monthInDate: split("stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia"),
  },
  de: {
    monthLong: split("Januar Februar März April Mai Juni Juli August September Oktober November Dezember"),
    monthShort: split("Jan Feb Mär Apr Mai Jun Jul Aug Sep Okt Nov Dez"),
    weekdayFull: split("Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag"),
    weekdayShort: split("Mo Di Mi Do Fr Sa So"),
    weekdayNarrow: split("M D M D F S S"),
  },
  fr: {
    monthLong: split("Janvier Février Mars Avril Mai Juin Juillet Août Septembre Octobre Novembre Décembre"),
    monthShort: split("Janv. Févr. Mars Avr. Mai Juin Juil. Août Sept. Oct. Nov. Déc."),
    weekdayFull: split("Lundi Mardi Mercredi Jeudi Vendredi Samedi Dimanche"),
    weekdayShort: split("Lun. Mar. Mer. Jeu. Ven. Sam. Dim."),
    weekdayNarrow: split("L M M J V S D"),
  },
  es: {
    monthLong: split("Enero Febrero Marzo Abril Mayo Junio Julio Agosto Septiembre Octubre Noviembre Diciembre"),
    monthShort: split("Ene Feb Mar Abr May Jun Jul Ago Sept Oct Nov Dic"),
    weekdayFull: split("Lunes Martes Miércoles Jueves Viernes Sábado Domingo"),
    weekdayShort: split("Lun Mar Mié Jue Vie Sáb Dom"),
    weekdayNarrow: split("L M X J V S D"),
  },
  it: {
    monthLong: split("Gennaio Febbraio Marzo Aprile Maggio Giugno Luglio Agosto Settembre Ottobre Novembre Dicembre"),
    monthShort: split("Gen Feb Mar Apr Mag Giu Lug Ago Set Ott Nov Dic"),
    weekdayFull: split("Lunedì Martedì Mercoledì Giovedì Venerdì Sabato Domenica"),
    weekdayShort: split("Lun Mar Mer Gio Ven Sab Dom"),
    weekdayNarrow: split("L M M G V S D"),
  },
  ja: {
    monthLong: cjkMonths,
    monthShort: cjkMonths,
    weekdayFull: split("月曜日 火曜日 水曜日 木曜日 金曜日 土曜日 日曜日"),
    weekdayShort: split("月 火 水 木 金 土 日"),
    weekdayNarrow: split("月 火 水 木 金 土 日"),
  },
  zh: {
    monthLong: split("一月 二月 三月 四月 五月 六月 七月 八月 九月 十月 十一月 十二月"),
    monthShort: cjkMonths,
    weekdayFull: split("星期一 星期二 星期三 星期四 星期五 星期六 星期日"),
    weekdayShort: split("周一 周二 周三 周四 周五 周六 周日"),
    weekdayNarrow: split("一 二 三 四 五 六 日"),
  },
  uk: {
    monthLong: split("Січень Лютий Березень Квітень Травень Червень Липень Серпень Вересень Жовтень Листопад Грудень"),
    monthShort: split("Січ Лют Бер Кві Тра Чер Лип Сер Вер Жов Лис Гру"),
    weekdayFull: split("Понеділок Вівторок Середа Четвер Пʼятниця Субота Неділя"),
    weekdayShort: split("Пн Вт Ср Чт Пт Сб Нд"),
    weekdayNarrow: split("П В С Ч П С Н"),
    monthInDate: split("січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня"),
  },
  nl: {
    monthLong: split("Januari Februari Maart April Mei Juni Juli Augustus September Oktober November December"),
    monthShort: split("Jan Feb Mrt Apr Mei Jun Jul Aug Sep Okt Nov Dec"),
    weekdayFull: split("Maandag Dinsdag Woensdag Donderdag Vrijdag Zaterdag Zondag"),
    weekdayShort: split("Ma Di Wo Do Vr Za Zo"),
    weekdayNarrow: split("M D W D V Z Z"),
  },
  pt: {
    monthLong: split("Janeiro Fevereiro Março Abril Maio Junho Julho Agosto Setembro Outubro Novembro Dezembro"),
    monthShort: split("Jan Fev Mar Abr Mai Jun Jul Ago Set Out Nov Dez"),
    weekdayFull: split("Segunda-feira Terça-feira Quarta-feira Quinta-feira Sexta-feira Sábado Domingo"),
    weekdayShort: split("Seg Ter Qua Qui Sex Sáb Dom"),
    weekdayNarrow: split("S T Q Q S S D"),
  },
  sv: {
    monthLong: split("Januari Februari Mars April Maj Juni Juli Augusti September Oktober November December"),
    monthShort: split("Jan Feb Mar Apr Maj Jun Jul Aug Sep Okt Nov Dec"),
    weekdayFull: split("Måndag Tisdag Onsdag Torsdag Fredag Lördag Söndag"),
    weekdayShort: split("Mån Tis Ons Tor Fre Lör Sön"),
    weekdayNarrow: split("M T O T F L S"),
  },
  da: {
    monthLong: split("Januar Februar Marts April Maj Juni Juli August September Oktober November December"),
    monthShort: split("Jan Feb Mar Apr Maj Jun Jul Aug Sep Okt Nov Dec"),
    weekdayFull: split("Mandag Tirsdag Onsdag Torsdag Fredag Lørdag Søndag"),
    weekdayShort: split("Man Tir Ons Tor Fre Lør Søn"),
    weekdayNarrow: split("M T O T F L S"),
  },
  nb: {
    monthLong: split("Januar Februar Mars April Mai Juni Juli August September Oktober November Desember"),
    monthShort: split("Jan Feb Mar Apr Mai Jun Jul Aug Sep Okt Nov Des"),
    weekdayFull: split("Mandag Tirsdag Onsdag Torsdag Fredag Lørdag Søndag"),
    weekdayShort: split("Man Tir Ons Tor Fre Lør Søn"),
    weekdayNarrow: split("M T O T F L S"),
  },
  fi: {
    monthLong: split("Tammikuu Helmikuu Maaliskuu Huhtikuu Toukokuu Kesäkuu Heinäkuu Elokuu Syyskuu Lokakuu Marraskuu Joulukuu"),
    monthShort: split("Tammi Helmi Maalis Huhti Touko Kesä Heinä Elo Syys Loka Marras Joulu"),
    weekdayFull: split("Maanantai Tiistai Keskiviikko Torstai Perjantai Lauantai Sunnuntai"),
    weekdayShort: split("Ma Ti Ke To Pe La Su"),
    weekdayNarrow: split("M T K T P L S"),
    monthInDate: split(
      "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
    ),
  },
  cs: {
    monthLong: split("Leden Únor Březen Duben Květen Červen Červenec Srpen Září Říjen Listopad Prosinec"),
    monthShort: split("Led Úno Bře Dub Kvě Čvn Čvc Srp Zář Říj Lis Pro"),
    weekdayFull: split("Pondělí Úterý Středa Čtvrtek Pátek Sobota Neděle"),
    weekdayShort: split("Po Út St Čt Pá So Ne"),
    weekdayNarrow: split("P Ú S Č P S N"),
    monthInDate: split("ledna února března dubna května června července srpna září října listopadu prosince"),
  },
  ru: {
    monthLong: split("Январь Февраль Март Апрель Май Июнь Июль Август Сентябрь Октябрь Ноябрь Декабрь"),
    monthShort: split("Янв Фев Мар Апр Май Июн Июл Авг Сен Окт Ноя Дек"),
    weekdayFull: split("Понедельник Вторник Среда Четверг Пятница Суббота Воскресенье"),
    weekdayShort: split("Пн Вт Ср Чт Пт Сб Вс"),
    weekdayNarrow: split("П В С Ч П С В"),
    monthInDate: split("января февраля марта апреля мая июня июля августа сентября октября ноября декабря"),
  },
  tr: {
    monthLong: split("Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık"),
    monthShort: split("Oca Şub Mar Nis May Haz Tem Ağu Eyl Eki Kas Ara"),
    weekdayFull: split("Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar"),
    weekdayShort: split("Pzt Sal Çar Per Cum Cmt Paz"),
    weekdayNarrow: split("P S Ç P C C P"),
  },
  hu: {
    monthLong: split("Január Február Március Április Május Június Július Augusztus Szeptember Október November December"),
    monthShort: split("Jan Febr Márc Ápr Máj Jún Júl Aug Szept Okt Nov Dec"),
    weekdayFull: split("Hétfő Kedd Szerda Csütörtök Péntek Szombat Vasárnap"),
    weekdayShort: split("H K Sze Cs P Szo V"),
    weekdayNarrow: split("H K Sz Cs P Sz V"),
  },
};

export type ResolvedLocale = { locale: LocaleId; fallback: boolean };

/** Lower-case, cut at the first `-`/`_`; an unsupported language falls back to `en` (§5.7). */
export function resolveLocale(locale: string | undefined | null): ResolvedLocale {
  if (locale === undefined || locale === null || locale.trim() === "") return { locale: "en", fallback: false };
  const prefix = locale.trim().toLowerCase().split(/[-_]/)[0] ?? "";
  const found = SUPPORTED_LOCALES.find((l) => l === prefix);
  return found ? { locale: found, fallback: false } : { locale: "en", fallback: true };
}

export function localeNames(locale: LocaleId): LocaleNames {
  return NAMES[locale];
}

function at(list: readonly string[], i: number): string {
  return list[i] ?? "";
}

export function monthName(locale: LocaleId, month: number, style: "long" | "short" = "long"): string {
  const n = NAMES[locale];
  return at(style === "long" ? n.monthLong : n.monthShort, month - 1);
}

/** The month as written after a day number: `marca` in `14 marca` (pl); the heading form where the language has no other. */
export function monthInDate(locale: LocaleId, month: number): string {
  const n = NAMES[locale];
  return at(n.monthInDate ?? n.monthLong, month - 1);
}

/** `weekday` is 0 = Monday … 6 = Sunday. */
export function weekdayName(locale: LocaleId, weekday: number, style: "full" | "short" | "narrow" = "full"): string {
  const n = NAMES[locale];
  const list = style === "full" ? n.weekdayFull : style === "short" ? n.weekdayShort : n.weekdayNarrow;
  return at(list, weekday);
}

/** Localised long date (§5.7), e.g. `Monday, January 5, 2026` or `2026年1月5日 月曜日`. */
export function formatDateLong(locale: LocaleId, dn: number): string {
  const { year, month, day } = fromDayNumber(dn);
  const wd = weekdayName(locale, weekdayIndex(dn));
  const mn = monthInDate(locale, month);
  if (locale === "en") return `${wd}, ${mn} ${day}, ${year}`;
  if (locale === "ja" || locale === "zh") return `${year}年${month}月${day}日 ${wd}`;
  // Hungarian writes the year first (2026. Január 5., Hétfő).
  if (locale === "hu") return `${year}. ${mn} ${day}., ${wd}`;
  return `${wd}, ${day} ${mn} ${year}`;
}
