import { casualNewsChrono } from './newsChrono';
import { isValidDate } from './calendarDay';

// "today (Tuesday 18 March)", "today, Tuesday March 18": the writer's own date, without a year.

export interface YearlessDate {
  month: number;
  day: number;
  weekday: number | null;
  matchedText: string;
}

const todayThenDate = /^[\s,(–—-]*$/;

export function findTodayDate(line: string): YearlessDate | null {
  const today = /\btoday\b/i.exec(line);
  if (!today) return null;
  const after = today.index + today[0].length;
  const result = casualNewsChrono.parse(line.slice(after), new Date(Date.UTC(2000, 0, 1))).find((found) => found.start.isCertain('day'));
  if (!result || result.start.isCertain('year') || !todayThenDate.test(line.slice(after, after + result.index))) return null;
  const month = result.start.get('month');
  const day = result.start.get('day');
  if (!month || !day) return null;
  const end = after + result.index + result.text.length;
  const closes = line[end] === ')' ? 1 : 0;
  return {
    month,
    day,
    weekday: result.start.isCertain('weekday') ? result.start.get('weekday') ?? null : null,
    matchedText: line.slice(today.index, end + closes),
  };
}

/**
 * The year a reader would give a date written without one: the latest year up to the import
 * year in which the date falls on the weekday named; with no weekday, the latest such date
 * not after the import date.
 */
export function resolveYear(date: YearlessDate, importedAt: Date): { year: number; reason: string } | null {
  const importYear = importedAt.getUTCFullYear();
  if (date.weekday !== null) {
    for (let year = importYear; year > importYear - 28; year -= 1) {
      if (!isValidDate(year, date.month, date.day)) continue;
      if (new Date(Date.UTC(year, date.month - 1, date.day)).getUTCDay() === date.weekday) {
        return { year, reason: `the latest year up to ${importYear} in which that date falls on that weekday` };
      }
    }
    return null;
  }
  const importDay = Date.UTC(importYear, importedAt.getUTCMonth(), importedAt.getUTCDate());
  for (let year = importYear; year > importYear - 8; year -= 1) {
    if (isValidDate(year, date.month, date.day) && Date.UTC(year, date.month - 1, date.day) <= importDay) {
      return { year, reason: 'the latest such date up to the import date' };
    }
  }
  return null;
}
