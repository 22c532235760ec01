// The planner's own words, per locale, frozen like month and weekday names (§5.7).
import type { LocaleId } from "@/lib/templates/tokens/locales";

export type Words = {
  index: string; year: string; goals: string; notes: string; habits: string; week: string; quarter: string;
  priorities: string; todo: string; schedule: string; holidays: string; habit: string; notesFor: string;
};

const WORDS: Record<LocaleId, Words> = {
  en: { index: "Index", year: "Year", goals: "Goals", notes: "Notes", habits: "Habits", week: "Week", quarter: "Q", priorities: "Top priorities", todo: "To do", schedule: "Schedule", holidays: "Holidays", habit: "Habit", notesFor: "Notes" },
  de: { index: "Index", year: "Jahr", goals: "Ziele", notes: "Notizen", habits: "Gewohnheiten", week: "Woche", quarter: "Q", priorities: "Prioritäten", todo: "Aufgaben", schedule: "Zeitplan", holidays: "Feiertage", habit: "Gewohnheit", notesFor: "Notizen" },
  pl: { index: "Spis", year: "Rok", goals: "Cele", notes: "Notatki", habits: "Nawyki", week: "Tydzień", quarter: "Kw", priorities: "Priorytety", todo: "Do zrobienia", schedule: "Plan dnia", holidays: "Święta", habit: "Nawyk", notesFor: "Notatki" },
  fr: { index: "Index", year: "Année", goals: "Objectifs", notes: "Notes", habits: "Habitudes", week: "Semaine", quarter: "T", priorities: "Priorités", todo: "À faire", schedule: "Agenda", holidays: "Jours fériés", habit: "Habitude", notesFor: "Notes" },
  es: { index: "Índice", year: "Año", goals: "Metas", notes: "Notas", habits: "Hábitos", week: "Semana", quarter: "T", priorities: "Prioridades", todo: "Pendientes", schedule: "Horario", holidays: "Festivos", habit: "Hábito", notesFor: "Notas" },
  it: { index: "Indice", year: "Anno", goals: "Obiettivi", notes: "Note", habits: "Abitudini", week: "Settimana", quarter: "T", priorities: "Priorità", todo: "Da fare", schedule: "Agenda", holidays: "Festività", habit: "Abitudine", notesFor: "Note" },
  uk: { index: "Зміст", year: "Рік", goals: "Цілі", notes: "Нотатки", habits: "Звички", week: "Тиждень", quarter: "К", priorities: "Пріоритети", todo: "Справи", schedule: "Розклад", holidays: "Свята", habit: "Звичка", notesFor: "Нотатки" },
  ja: { index: "目次", year: "年間", goals: "目標", notes: "ノート", habits: "習慣", week: "週", quarter: "Q", priorities: "優先事項", todo: "やること", schedule: "スケジュール", holidays: "祝日", habit: "習慣", notesFor: "ノート" },
  zh: { index: "目录", year: "年度", goals: "目标", notes: "笔记", habits: "习惯", week: "周", quarter: "Q", priorities: "优先事项", todo: "待办", schedule: "日程", holidays: "节假日", habit: "习惯", notesFor: "笔记" },
};

export function wordsFor(locale: LocaleId): Words {
  return WORDS[locale];
}
