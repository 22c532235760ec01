// The planner's own words, per locale, frozen like month and weekday names (§5.7).
import type { LocaleId } from "@/lib/templates/tokens/locales";

export type Words = {
  index: string; year: string; goals: string; notes: string; habits: string; week: string; quarter: string;
  priorities: string; todo: string; schedule: string; holidays: string; habit: string; notesFor: string; events: string;
};

const WORDS: Record<LocaleId, Words> = {
  en: { events: "Events", index: "Index", year: "Year", goals: "Goals", notes: "Notes", habits: "Habits", week: "Week", quarter: "Q", priorities: "Top priorities", todo: "To do", schedule: "Schedule", holidays: "Holidays", habit: "Habit", notesFor: "Notes" },
  de: { events: "Termine", index: "Index", year: "Jahr", goals: "Ziele", notes: "Notizen", habits: "Gewohnheiten", week: "Woche", quarter: "Q", priorities: "Prioritäten", todo: "Aufgaben", schedule: "Zeitplan", holidays: "Feiertage", habit: "Gewohnheit", notesFor: "Notizen" },
  pl: { events: "Wydarzenia", index: "Spis", year: "Rok", goals: "Cele", notes: "Notatki", habits: "Nawyki", week: "Tydzień", quarter: "Kw", priorities: "Priorytety", todo: "Do zrobienia", schedule: "Plan dnia", holidays: "Święta", habit: "Nawyk", notesFor: "Notatki" },
  fr: { events: "Événements", index: "Index", year: "Année", goals: "Objectifs", notes: "Notes", habits: "Habitudes", week: "Semaine", quarter: "T", priorities: "Priorités", todo: "À faire", schedule: "Agenda", holidays: "Jours fériés", habit: "Habitude", notesFor: "Notes" },
  es: { events: "Eventos", index: "Índice", year: "Año", goals: "Metas", notes: "Notas", habits: "Hábitos", week: "Semana", quarter: "T", priorities: "Prioridades", todo: "Pendientes", schedule: "Horario", holidays: "Festivos", habit: "Hábito", notesFor: "Notas" },
  it: { events: "Eventi", index: "Indice", year: "Anno", goals: "Obiettivi", notes: "Note", habits: "Abitudini", week: "Settimana", quarter: "T", priorities: "Priorità", todo: "Da fare", schedule: "Agenda", holidays: "Festività", habit: "Abitudine", notesFor: "Note" },
  uk: { events: "Події", index: "Зміст", year: "Рік", goals: "Цілі", notes: "Нотатки", habits: "Звички", week: "Тиждень", quarter: "К", priorities: "Пріоритети", todo: "Справи", schedule: "Розклад", holidays: "Свята", habit: "Звичка", notesFor: "Нотатки" },
  ja: { events: "予定", index: "目次", year: "年間", goals: "目標", notes: "ノート", habits: "習慣", week: "週", quarter: "Q", priorities: "優先事項", todo: "やること", schedule: "スケジュール", holidays: "祝日", habit: "習慣", notesFor: "ノート" },
  zh: { events: "日程", index: "目录", year: "年度", goals: "目标", notes: "笔记", habits: "习惯", week: "周", quarter: "Q", priorities: "优先事项", todo: "待办", schedule: "日程", holidays: "节假日", habit: "习惯", notesFor: "笔记" },
  nl: { events: "Afspraken", index: "Index", year: "Jaar", goals: "Doelen", notes: "Notities", habits: "Gewoonten", week: "Week", quarter: "K", priorities: "Prioriteiten", todo: "Te doen", schedule: "Planning", holidays: "Feestdagen", habit: "Gewoonte", notesFor: "Notities" },
  pt: { events: "Eventos", index: "Índice", year: "Ano", goals: "Metas", notes: "Notas", habits: "Hábitos", week: "Semana", quarter: "T", priorities: "Prioridades", todo: "A fazer", schedule: "Agenda", holidays: "Feriados", habit: "Hábito", notesFor: "Notas" },
  sv: { events: "Händelser", index: "Innehåll", year: "År", goals: "Mål", notes: "Anteckningar", habits: "Vanor", week: "Vecka", quarter: "K", priorities: "Prioriteringar", todo: "Att göra", schedule: "Schema", holidays: "Helgdagar", habit: "Vana", notesFor: "Anteckningar" },
  da: { events: "Begivenheder", index: "Indhold", year: "År", goals: "Mål", notes: "Noter", habits: "Vaner", week: "Uge", quarter: "K", priorities: "Prioriteter", todo: "To do", schedule: "Skema", holidays: "Helligdage", habit: "Vane", notesFor: "Noter" },
  nb: { events: "Hendelser", index: "Innhold", year: "År", goals: "Mål", notes: "Notater", habits: "Vaner", week: "Uke", quarter: "K", priorities: "Prioriteringer", todo: "Gjøremål", schedule: "Timeplan", holidays: "Helligdager", habit: "Vane", notesFor: "Notater" },
  fi: { events: "Tapahtumat", index: "Sisällys", year: "Vuosi", goals: "Tavoitteet", notes: "Muistiot", habits: "Tavat", week: "Viikko", quarter: "Q", priorities: "Tärkeimmät", todo: "Tehtävät", schedule: "Aikataulu", holidays: "Pyhäpäivät", habit: "Tapa", notesFor: "Muistiinpanot" },
  cs: { events: "Události", index: "Obsah", year: "Rok", goals: "Cíle", notes: "Poznámky", habits: "Návyky", week: "Týden", quarter: "Q", priorities: "Priority", todo: "Úkoly", schedule: "Rozvrh", holidays: "Svátky", habit: "Návyk", notesFor: "Poznámky" },
  ru: { events: "События", index: "Индекс", year: "Год", goals: "Цели", notes: "Заметки", habits: "Привычки", week: "Неделя", quarter: "К", priorities: "Приоритеты", todo: "Дела", schedule: "Расписание", holidays: "Праздники", habit: "Привычка", notesFor: "Заметки" },
  tr: { events: "Etkinlikler", index: "Dizin", year: "Yıl", goals: "Hedefler", notes: "Notlar", habits: "Alışkanlıklar", week: "Hafta", quarter: "Ç", priorities: "Öncelikler", todo: "Yapılacaklar", schedule: "Program", holidays: "Tatiller", habit: "Alışkanlık", notesFor: "Notlar" },
  hu: { events: "Események", index: "Tartalom", year: "Év", goals: "Célok", notes: "Jegyzetek", habits: "Szokások", week: "Hét", quarter: "N", priorities: "Prioritások", todo: "Teendők", schedule: "Napirend", holidays: "Ünnepek", habit: "Szokás", notesFor: "Jegyzetek" },
};

export function wordsFor(locale: LocaleId): Words {
  return WORDS[locale];
}
