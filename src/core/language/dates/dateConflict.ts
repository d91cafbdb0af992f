import type { DateValue } from './DateValue';

const weekdays = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Why two dates for one event cannot both be right, or null when they may agree. */
export function dateConflict(first: DateValue, second: DateValue): string | null {
  if (first.from && first.to && second.from && second.to) {
    // A year reasoned out from an undated page is a guess: the same day of the year agrees.
    const isYearUncertain = first.isYearInferred === true || second.isYearInferred === true;
    if (isYearUncertain && first.from.slice(5) === second.from.slice(5) && first.to.slice(5) === second.to.slice(5)) return null;
    return first.to < second.from || second.to < first.from ? `${describe(first)} vs ${describe(second)}` : null;
  }
  if (first.monthDay && second.monthDay && first.monthDay !== second.monthDay) return `${describe(first)} vs ${describe(second)}`;
  if (first.weekday !== null && second.weekday !== null && first.weekday !== second.weekday && isSingleDay(first) && isSingleDay(second)) {
    return `${describe(first)} vs ${describe(second)}`;
  }
  return null;
}

const isSingleDay = (value: DateValue): boolean => value.from === value.to;

export function describe(value: DateValue): string {
  if (value.from && value.to) return value.from === value.to ? value.from : `${value.from}..${value.to}`;
  if (value.monthDay) return `--${value.monthDay}`;
  if (value.weekday !== null) return weekdays[value.weekday] ?? 'unknown day';
  return 'unresolved';
}
