// Date expressions in a sentence, resolved against the source's publication date.

/** What a date expression pins down: a day range when it can be resolved, else what it states. */
export interface DateValue {
  /** ISO day range, inclusive; null when it cannot be resolved (no publication date). */
  from: string | null;
  to: string | null;
  /** Stated weekday (0 = Sunday) when the text gives one. */
  weekday: number | null;
  /** Stated month and day (`03-18`) when the text gives them without a resolvable year. */
  monthDay: string | null;
  /** True when the year came from a publication date whose own year was inferred. */
  isYearInferred?: boolean;
}

export interface DateMention extends DateValue {
  text: string;
  start: number;
  end: number;
}

const weekdays = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const monthPattern = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
const weekdayPattern = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const futureCues = /\b(will|shall|to be|set to|expected|due to|is to|are to|plans?|going to|upcoming|would|ahead of|next)\b/i;

const pastCues = /\b(said|told|was|were|had|did|announced|\w{3,}ed)\b/gi;

/** Tense of the clause before a date: the nearest future or past cue word wins. */
const futureCuesGlobal = new RegExp(futureCues.source, 'gi');

function lastMatchAt(pattern: RegExp, text: string): number {
  let last = -1;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) last = match.index;
  return last;
}

function isFutureAt(sentence: string, position: number): boolean {
  const before = sentence.slice(0, position);
  const lastFuture = lastMatchAt(futureCuesGlobal, before);
  const lastPast = lastMatchAt(pastCues, before);
  if (lastFuture === -1 && lastPast === -1) return futureCues.test(sentence);
  return lastFuture > lastPast;
}

const isoDay = (date: Date): string => date.toISOString().slice(0, 10);
const addDays = (date: Date, days: number): Date => new Date(date.getTime() + days * 86_400_000);

function monthIndex(name: string): number {
  const lower = name.toLowerCase().replace(/\.$/, '');
  return months.findIndex((month) => month.startsWith(lower.slice(0, 3)));
}

function parsePublished(publishedAt: string | null): Date | null {
  if (!publishedAt) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedAt);
  if (!match) return null;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

function single(date: Date | null, weekday: number | null, monthDay: string | null): DateValue {
  const day = date ? isoDay(date) : null;
  return { from: day, to: day, weekday: date ? date.getUTCDay() : weekday, monthDay: date ? day?.slice(5) ?? null : monthDay };
}

function range(from: Date, to: Date): DateValue {
  return { from: isoDay(from), to: isoDay(to), weekday: null, monthDay: null };
}

/**
 * Finds date expressions in `text[start, end)`. Weekdays resolve to the nearest such day
 * before the publication date, or after it when the sentence speaks of the future.
 */
interface DateContext {
  published: Date | null;
  sentence: string;
}

// Compiled once: each is global and reset before every sentence it scans.
const datePatterns: [RegExp, (match: RegExpExecArray, context: DateContext) => DateValue | null][] = [
  // "today (Tuesday 18 March)", "18 March 2025", "on 19 May"
  [new RegExp(`\\b(?:${weekdayPattern},?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+${monthPattern}(?:,?\\s+(\\d{4}))?`, 'g'), (match, { published }) => {
    const month = monthIndex(match[3] ?? '');
    const day = Number(match[2]);
    const stated = match[4] ? Number(match[4]) : published?.getUTCFullYear();
    if (month < 0 || day < 1 || day > 31) return null;
    const weekday = match[1] ? weekdays.indexOf(match[1].toLowerCase()) : null;
    const monthDay = `${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    return stated === undefined ? single(null, weekday, monthDay) : single(new Date(Date.UTC(stated, month, day)), weekday, monthDay);
  }],
  // "March 18, 2025"
  [new RegExp(`\\b${monthPattern}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`, 'g'), (match, { published }) => {
    const month = monthIndex(match[1] ?? '');
    const day = Number(match[2]);
    const stated = match[3] ? Number(match[3]) : published?.getUTCFullYear();
    if (month < 0 || day < 1 || day > 31) return null;
    const monthDay = `${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    return stated === undefined ? single(null, null, monthDay) : single(new Date(Date.UTC(stated, month, day)), null, monthDay);
  }],
  [new RegExp(`\\b${weekdayPattern}(?:\\s+(?:morning|afternoon|evening|night))?\\b`, 'g'), (match, { published, sentence }) => {
    const weekday = weekdays.indexOf((match[1] ?? '').toLowerCase());
    if (!published) return single(null, weekday, null);
    const isFuture = isFutureAt(sentence, match.index);
    const difference = (weekday - published.getUTCDay() + 7) % 7;
    const offset = difference === 0 ? 0 : isFuture ? difference : difference - 7;
    return single(addDays(published, offset), weekday, null);
  }],
  [/\b(today|tonight|this (?:morning|afternoon|evening)|yesterday|tomorrow)\b/gi, (match, { published }) => {
    const word = (match[1] ?? '').toLowerCase();
    const offset = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0;
    return single(published ? addDays(published, offset) : null, null, null);
  }],
  [/\b(last|next|this) (week|month)\b/gi, (match, { published }) => {
    if (!published) return null;
    const direction = (match[1] ?? '').toLowerCase();
    const step = direction === 'last' ? -1 : direction === 'next' ? 1 : 0;
    if ((match[2] ?? '').toLowerCase() === 'week') {
      const monday = addDays(published, -((published.getUTCDay() + 6) % 7) + 7 * step);
      return range(monday, addDays(monday, 6));
    }
    const first = new Date(Date.UTC(published.getUTCFullYear(), published.getUTCMonth() + step, 1));
    return range(first, addDays(new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 1)), -1));
  }],
];

/**
 * Finds date expressions in `text[start, end)`. Weekdays resolve to the nearest such day
 * before the publication date, or after it when the sentence speaks of the future.
 */
export function findDates(text: string, start: number, end: number, publishedAt: string | null, isPublishedYearInferred = false): DateMention[] {
  const context: DateContext = { published: parsePublished(publishedAt), sentence: text.slice(start, end) };
  const { sentence } = context;
  const found: DateMention[] = [];
  for (const [pattern, resolve] of datePatterns) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(sentence); match; match = pattern.exec(sentence)) {
      const from = start + match.index;
      const to = from + match[0].length;
      if (found.some((date) => from < date.end && date.start < to)) continue;
      const value = resolve(match, context);
      if (value) found.push({ ...value, ...(isPublishedYearInferred && value.from ? { isYearInferred: true } : {}), text: match[0], start: from, end: to });
    }
  }
  // "today (18 March)": the explicit date in brackets says the same as "today"; keep the explicit one.
  return found.sort((first, second) => first.start - second.start);
}

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
