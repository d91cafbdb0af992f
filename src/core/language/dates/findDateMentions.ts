import type { ParsedComponents } from 'chrono-node';
import type { DateMention, DateValue } from './DateValue';
import { tenseAt, type Tense } from './tenseAt';
import { casualNewsChrono } from './newsChrono';

// Date and time expressions in running text, read by chrono-node and resolved against the
// publication date the way a reader of the piece would: "said on Monday" in a piece of
// Wednesday 17 September is the 15th, "will meet on Friday" the 19th.

const dayMs = 86_400_000;
const pad = (value: number): string => String(value).padStart(2, '0');
const isoDay = (time: number): string => new Date(time).toISOString().slice(0, 10);
const utcDay = (year: number, month: number, day: number): number => Date.UTC(year, month - 1, day);

/** Expressions chrono reads that state no date of their own. */
const undatedWords = /^(now|right now|the moment)$|^for\s/i;
/** "four years after", "two days later": counted from an event the text names, not from
 *  the publication date, so they state no day. */
const eventRelative = /\b(after|before|later|earlier)$/i;
/** A month name written in lower case is the verb or noun it also spells ("the march"). */
const lowerCaseMonth = /^(march|may)$/;
/** "last week", "next Monday": chrono has resolved the direction itself. */
const statedDirection = /\b(last|next|this|coming|past|ago|later|earlier|yesterday|tomorrow|today|tonight)\b/i;
const namedWeekday = /^(?:on\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?(?:\s+(?:morning|afternoon|evening|night))?$/i;
const monthNames = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

function parsePublished(publishedAt: string | null): number | null {
  const match = publishedAt ? /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedAt) : null;
  return match ? utcDay(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

/**
 * A bare weekday that is part of a name: "the Herald on Sunday", "The Sunday Times". A capital
 * after it, or "the <Name> on" before it, makes it a title.
 */
function isWeekdayInName(sentence: string, index: number, length: number): boolean {
  const before = sentence.slice(0, index);
  const after = sentence.slice(index + length);
  const nextWord = /^\s+([\p{Lu}][\p{L}'-]*)/u.exec(after)?.[1];
  if (nextWord && !monthNames.test(nextWord)) return true;
  return /\bthe\s+\p{Lu}[\p{L}'-]*\s+on\s+$/iu.test(before);
}

interface Resolved {
  from: number;
  to: number;
}

/** The day range a result names, given the publication day and the tense around it. */
function resolveDays(start: ParsedComponents, text: string, published: number, tense: Tense): Resolved {
  const isFuture = tense === 'future';
  const publishedDate = new Date(published);
  const hasDirection = statedDirection.test(text);
  if (start.isCertain('weekday') && !start.isCertain('day') && !hasDirection) {
    const difference = ((start.get('weekday') ?? 0) - publishedDate.getUTCDay() + 7) % 7;
    const offset = difference === 0 ? 0 : isFuture ? difference : difference - 7;
    const day = published + offset * dayMs;
    return { from: day, to: day };
  }
  const year = start.get('year') ?? publishedDate.getUTCFullYear();
  const month = start.get('month') ?? 1;
  if (start.isCertain('day') || (start.isCertain('weekday') && hasDirection) || start.isCertain('hour')) {
    let day = utcDay(year, month, start.get('day') ?? 1);
    if (!start.isCertain('year') && start.isCertain('month')) day = nearestYear(start, published, tense);
    if (/\bweekend\b/i.test(text)) {
      const saturday = day - ((new Date(day).getUTCDay() + 1) % 7) * dayMs;
      return { from: saturday, to: saturday + dayMs };
    }
    if (/\bweek\b/i.test(text) && !start.isCertain('weekday')) {
      const monday = day - ((new Date(day).getUTCDay() + 6) % 7) * dayMs;
      return { from: monday, to: monday + 6 * dayMs };
    }
    return { from: day, to: day };
  }
  if (start.isCertain('month')) {
    const monthYear = start.isCertain('year') || hasDirection ? year : yearOfMonth(month, publishedDate, isFuture);
    return { from: utcDay(monthYear, month, 1), to: utcDay(monthYear, month + 1, 1) - dayMs };
  }
  return { from: utcDay(year, 1, 1), to: utcDay(year, 12, 31) };
}

/** A day and month without a year: the latest on or before publication in the past tense,
 *  the next after it in the future tense, else the nearest to it. */
function nearestYear(start: ParsedComponents, published: number, tense: Tense): number {
  const year = new Date(published).getUTCFullYear();
  const month = start.get('month') ?? 1;
  const day = start.get('day') ?? 1;
  const same = utcDay(year, month, day);
  const before = same <= published ? same : utcDay(year - 1, month, day);
  const after = same >= published ? same : utcDay(year + 1, month, day);
  if (tense === 'future') return after;
  if (tense === 'past') return before;
  return after - published < published - before ? after : before;
}

function yearOfMonth(month: number, published: Date, isFuture: boolean): number {
  const year = published.getUTCFullYear();
  const current = published.getUTCMonth() + 1;
  if (isFuture) return month >= current ? year : year + 1;
  return month <= current ? year : year - 1;
}

function instantOf(start: ParsedComponents, day: number): string | undefined {
  if (!start.isCertain('hour') || !start.isCertain('timezoneOffset')) return undefined;
  const date = new Date(day);
  const local = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), start.get('hour') ?? 0, start.get('minute') ?? 0);
  return new Date(local - (start.get('timezoneOffset') ?? 0) * 60_000).toISOString();
}

function statedValue(start: ParsedComponents): DateValue {
  const weekday = start.isCertain('weekday') ? start.get('weekday') ?? null : null;
  const monthDay = start.isCertain('month') && start.isCertain('day') ? `${pad(start.get('month') ?? 0)}-${pad(start.get('day') ?? 0)}` : null;
  return { from: null, to: null, weekday, monthDay };
}

/** Whether a result states any day at all (a clock time alone counts only with its zone). */
function statesDay(start: ParsedComponents): boolean {
  if (['day', 'weekday', 'month', 'year'].some((part) => start.isCertain(part as 'day'))) return true;
  return start.isCertain('hour') && start.isCertain('timezoneOffset');
}

/**
 * Finds date expressions in `text[start, end)`, resolved against `publishedAt` (`YYYY-MM-DD…`).
 * Without a publication date a mention keeps what it states (weekday, month and day).
 */
export function findDateMentions(text: string, start: number, end: number, publishedAt: string | null, isPublishedYearInferred = false): DateMention[] {
  const sentence = text.slice(start, end);
  const published = parsePublished(publishedAt);
  const reference = new Date((published ?? Date.UTC(2000, 0, 1)) + dayMs / 2);
  const mentions: DateMention[] = [];
  for (const result of casualNewsChrono.parse(sentence, { instant: reference, timezone: 0 })) {
    if (lowerCaseMonth.test(result.text) || undatedWords.test(result.text) || eventRelative.test(result.text) || !statesDay(result.start)) continue;
    const weekday = namedWeekday.exec(result.text);
    if (weekday?.[1] && isWeekdayInName(sentence, result.index + result.text.indexOf(weekday[1]), weekday[1].length)) continue;
    const position = { text: result.text, start: start + result.index, end: start + result.index + result.text.length };
    if (published === null) {
      mentions.push({ ...statedValue(result.start), ...position });
      continue;
    }
    const tense = tenseAt(sentence, result.index);
    const days = resolveDays(result.start, result.text, published, tense);
    // "October 1-2", "from 3 to 5 May": chrono reads the end; the range runs to its day.
    if (result.end?.isCertain('day')) days.to = Math.max(days.to, resolveDays(result.end, '', published, tense).to);
    const instant = instantOf(result.start, days.from);
    const value: DateValue = { from: isoDay(days.from), to: isoDay(days.to), weekday: days.from === days.to ? new Date(days.from).getUTCDay() : null, monthDay: days.from === days.to ? isoDay(days.from).slice(5) : null };
    mentions.push({ ...value, ...(isPublishedYearInferred ? { isYearInferred: true } : {}), ...(instant ? { instant } : {}), ...position });
  }
  return mentions;
}
