import type { ParsedComponents, ParsedResult } from 'chrono-node';
import { strictNewsChrono } from './newsChrono';

// Full calendar dates in a metadata line ("Mar 18 2025 | 9:27 AM IST", "PUBLISHED: THURSDAY,
// MAY 2, 2013, 1:32 PM", "2025-03-18"), read by chrono-node, with a time printed beside them.

export interface FoundDate {
  /** `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:00±HH:MM` when both a time and a zone are given. */
  value: string;
  /** The text the date (and its time) was read from. */
  matchedText: string;
  index: number;
  hasTime: boolean;
  /** A numeric date whose day and month could be swapped (read month first). */
  isAmbiguous: boolean;
}

const pad = (value: number): string => String(value).padStart(2, '0');
/** What may stand between a date and the time printed with it: "May 2, 2013 | 5:03pm". */
const dateTimeGap = /^[\s,|@–—-]*(?:at\s+)?$/i;
const slashedDate = /^(\d{1,2})\/(\d{1,2})\/\d{2,4}$/;
const dottedDate = /^(\d{1,2})\.(\d{1,2})\.\d{2,4}$/;

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const size = Math.abs(minutes);
  return `${sign}${pad(Math.floor(size / 60))}:${pad(size % 60)}`;
}

const hasDay = (components: ParsedComponents): boolean =>
  components.isCertain('day') && components.isCertain('month') && components.isCertain('year');
const hasTime = (components: ParsedComponents): boolean => components.isCertain('hour');

/** Every full date (day, month and year) in a line, in order, with a nearby time and zone. */
export function findDates(line: string): FoundDate[] {
  if (!/\d/.test(line)) return [];
  const results = strictNewsChrono.parse(line, new Date(Date.UTC(2000, 0, 1)));
  const found: FoundDate[] = [];
  results.forEach((result, position) => {
    if (!hasDay(result.start)) return;
    const year = result.start.get('year') ?? 0;
    let month = result.start.get('month') ?? 0;
    let day = result.start.get('day') ?? 0;
    // Dotted numeric dates are European, day first; chrono reads them month first.
    const dotted = dottedDate.exec(result.text);
    if (dotted && Number(dotted[2]) <= 12) [month, day] = [Number(dotted[2]), Number(dotted[1])];
    const slashed = slashedDate.exec(result.text);
    const isAmbiguous = slashed !== null && Number(slashed[1]) <= 12 && Number(slashed[2]) <= 12 && slashed[1] !== slashed[2];
    let start = result.index;
    let end = result.index + result.text.length;
    let time: ParsedComponents | null = hasTime(result.start) ? result.start : null;
    if (!time) {
      const neighbour = adjacentTime(line, results[position - 1], start, results[position + 1], end);
      if (neighbour) {
        time = neighbour.start;
        start = Math.min(start, neighbour.index);
        end = Math.max(end, neighbour.index + neighbour.text.length);
      }
    }
    const date = `${year}-${pad(month)}-${pad(day)}`;
    const zone = time?.isCertain('timezoneOffset') ? time.get('timezoneOffset') : null;
    const value = time && zone !== null && zone !== undefined ? `${date}T${pad(time.get('hour') ?? 0)}:${pad(time.get('minute') ?? 0)}:00${offsetText(zone)}` : date;
    found.push({ value, matchedText: line.slice(start, end).trim(), index: start, hasTime: time !== null, isAmbiguous });
  });
  return found;
}

/** A time-only result printed right before or after a date: "12:52 p.m. EDT, May 2, 2013". */
function adjacentTime(line: string, before: ParsedResult | undefined, start: number, after: ParsedResult | undefined, end: number): ParsedResult | null {
  if (after && !hasDay(after.start) && hasTime(after.start) && dateTimeGap.test(line.slice(end, after.index))) return after;
  if (before && !hasDay(before.start) && hasTime(before.start) && dateTimeGap.test(line.slice(before.index + before.text.length, start))) return before;
  return null;
}
