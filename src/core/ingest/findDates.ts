// Finds calendar dates (with their time and zone when given) in a line of text, the way
// news pages print them: "Mar 18 2025 | 9:27 AM IST", "May 2, 2013 | 5:03pm",
// "PUBLISHED: THURSDAY, MAY 2, 2013, 1:32 PM", "2025-03-18", "05 / 02 / 2013".

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

const monthPattern =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const weekdayPattern = '(sun|mon|tue|wed|thu|fri|sat)[a-z]*\\.?';
const zonePattern =
  '\\(?((?:GMT|UTC) ?[+-]\\d{1,2}(?::?\\d{2})?|IST|GMT|UTC|BST|CEST|CET|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AKST|AKDT|HST|ET|PT|CT|MT|AEST|AEDT|JST|HKT|SGT|Z|[+-]\\d{2}:?\\d{2})\\)?';
const timeAfterPattern = new RegExp(
  `^[\\s,|@–—-]*(?:at\\s+)?(\\d{1,2})(?:[:.](\\d{2}))?(?::\\d{2})?\\s*(a\\.?\\s?m\\.?|p\\.?\\s?m\\.?)?(?:\\s*${zonePattern})?(?![\\w])`,
  'i',
);
const timeBeforePattern = new RegExp(
  `(\\d{1,2}):(\\d{2})(?::\\d{2})?\\s*(a\\.?\\s?m\\.?|p\\.?\\s?m\\.?)?(?:\\s*${zonePattern})?[\\s,|@]*(?:${weekdayPattern}[\\s,]*)?$`,
  'i',
);

const monthIndex: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

export function monthFromName(name: string): number | null {
  return monthIndex[name.slice(0, 3).toLowerCase()] ?? null;
}

const weekdayIndex: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

export function weekdayFromName(name: string): number | null {
  return weekdayIndex[name.slice(0, 3).toLowerCase()] ?? null;
}

const fixedOffsets: Record<string, string> = {
  IST: '+05:30', GMT: '+00:00', UTC: '+00:00', Z: '+00:00', BST: '+01:00', CET: '+01:00', CEST: '+02:00',
  EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00', MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00',
  AKST: '-09:00', AKDT: '-08:00', HST: '-10:00', AEST: '+10:00', AEDT: '+11:00', JST: '+09:00', HKT: '+08:00', SGT: '+08:00',
};
/** US zones written without standard/daylight: standard offset in hours. */
const usGenericZones: Record<string, number> = { ET: -5, CT: -6, MT: -7, PT: -8 };

const pad = (value: number): string => String(value).padStart(2, '0');

export function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || year < 1800 || year > 2200) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Day of month of the `nth` (1-based) or last (`-1`) Sunday of a month. */
function sundayOfMonth(year: number, month: number, nth: number): number {
  if (nth < 0) {
    const last = new Date(Date.UTC(year, month, 0));
    return last.getUTCDate() - last.getUTCDay();
  }
  const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return 1 + ((7 - firstWeekday) % 7) + (nth - 1) * 7;
}

/** Whether US daylight saving time applies on a date (rules of 2007 on, and 1987–2006 before). */
function isUsDaylightTime(year: number, month: number, day: number): boolean {
  const [startMonth, startDay, endMonth, endDay] =
    year >= 2007
      ? [3, sundayOfMonth(year, 3, 2), 11, sundayOfMonth(year, 11, 1)]
      : [4, sundayOfMonth(year, 4, 1), 10, sundayOfMonth(year, 10, -1)];
  const key = month * 100 + day;
  return key >= startMonth * 100 + startDay && key < endMonth * 100 + endDay;
}

function offsetFor(zone: string, year: number, month: number, day: number): string | null {
  const upper = zone.toUpperCase();
  const fixed = fixedOffsets[upper];
  if (fixed) return fixed;
  const generic = usGenericZones[upper];
  if (generic !== undefined) {
    const hours = generic + (isUsDaylightTime(year, month, day) ? 1 : 0);
    return `-${pad(-hours)}:00`;
  }
  const numeric = /^(?:GMT|UTC)? ?([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(zone);
  return numeric ? `${numeric[1]}${pad(Number(numeric[2]))}:${numeric[3] ?? '00'}` : null;
}

interface TimeOfDay {
  hour: number;
  minute: number;
  zone: string | undefined;
  length: number;
}

function readTime(hourText: string, minuteText: string | undefined, meridiem: string | undefined, zone: string | undefined, length: number): TimeOfDay | null {
  // A bare number after a date ("May 2, 2013 15") is not a time: need minutes or am/pm.
  if (minuteText === undefined && meridiem === undefined) return null;
  let hour = Number(hourText);
  const minute = minuteText === undefined ? 0 : Number(minuteText);
  if (minute > 59) return null;
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    const isAfternoon = meridiem.toLowerCase().startsWith('p');
    hour = (hour % 12) + (isAfternoon ? 12 : 0);
  } else if (hour > 23) {
    return null;
  }
  return { hour, minute, zone, length };
}

function withTime(date: { year: number; month: number; day: number }, time: TimeOfDay | null): string {
  const day = isoDate(date.year, date.month, date.day);
  if (!time?.zone) return day;
  const offset = offsetFor(time.zone, date.year, date.month, date.day);
  return offset ? `${day}T${pad(time.hour)}:${pad(time.minute)}:00${offset}` : day;
}

interface RawDate {
  year: number;
  month: number;
  day: number;
  index: number;
  length: number;
  isAmbiguous: boolean;
  isoTime?: TimeOfDay | null;
}

function expandYear(text: string): number {
  const year = Number(text);
  return text.length === 2 ? (year < 70 ? 2000 + year : 1900 + year) : year;
}

const monthFirst = new RegExp(`\\b${monthPattern}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gi');
const dayFirst = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${monthPattern},?\\s+(\\d{4})\\b`, 'gi');

const iso = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?(?!\d)/g;
const yearFirst = /(?<![\d/.])(\d{4})([/.])(\d{1,2})\2(\d{1,2})(?![\d/.])/g;
const numeric = /(?<![\d/.])(\d{1,2}) ?([/.]) ?(\d{1,2}) ?\2 ?(\d{4}|\d{2})(?![\d/.])/g;
const fourDigits = /\d{4}/;

/**
 * Every match of a global pattern, in order: what `matchAll` gives, without the copy of the
 * pattern it makes on each call. None of the date patterns matches an empty string.
 */
function matchesOf(pattern: RegExp, line: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(line); match !== null; match = pattern.exec(line)) matches.push(match);
  return matches;
}

function rawDates(line: string): RawDate[] {
  const found: RawDate[] = [];
  // Only the numeric form can do without a four-digit year; most lines have none.
  const hasFourDigits = fourDigits.test(line);
  for (const match of hasFourDigits ? matchesOf(iso, line) : []) {
    const [, year = '', month = '', day = '', hour, minute, zone] = match;
    found.push({
      year: Number(year), month: Number(month), day: Number(day), index: match.index, length: match[0].length, isAmbiguous: false,
      isoTime: hour !== undefined && minute !== undefined ? { hour: Number(hour), minute: Number(minute), zone, length: 0 } : null,
    });
  }
  for (const match of hasFourDigits ? matchesOf(monthFirst, line) : []) {
    const [, monthName = '', day = '', year = ''] = match;
    found.push({ year: Number(year), month: monthFromName(monthName) ?? 0, day: Number(day), index: match.index, length: match[0].length, isAmbiguous: false });
  }
  for (const match of hasFourDigits ? matchesOf(dayFirst, line) : []) {
    const [, day = '', monthName = '', year = ''] = match;
    found.push({ year: Number(year), month: monthFromName(monthName) ?? 0, day: Number(day), index: match.index, length: match[0].length, isAmbiguous: false });
  }
  for (const match of hasFourDigits ? matchesOf(yearFirst, line) : []) {
    const [, year = '', , month = '', day = ''] = match;
    found.push({ year: Number(year), month: Number(month), day: Number(day), index: match.index, length: match[0].length, isAmbiguous: false });
  }
  for (const match of matchesOf(numeric, line)) {
    const [, first = '', separator = '', second = '', year = ''] = match;
    const a = Number(first);
    const b = Number(second);
    // Dotted dates are European, day first; slashed ones are read month first, as US
    // outlets (most of the English-language press in the corpora) write them.
    const isDayFirst = (a > 12 && b <= 12) || (separator === '.' && b <= 12);
    found.push({
      year: expandYear(year), month: isDayFirst ? b : a, day: isDayFirst ? a : b, index: match.index, length: match[0].length,
      isAmbiguous: separator === '/' && a <= 12 && b <= 12 && a !== b,
    });
  }
  return found;
}

/** Every full date (day, month and year) in a line, in order, with a nearby time and zone. */
export function findDates(line: string): FoundDate[] {
  const results: FoundDate[] = [];
  if (!/\d/.test(line)) return results;
  for (const raw of rawDates(line).sort((left, right) => left.index - right.index)) {
    if (!isValidDate(raw.year, raw.month, raw.day)) continue;
    let start = raw.index;
    let end = raw.index + raw.length;
    let time: TimeOfDay | null = raw.isoTime ?? null;
    if (!time) {
      const after = timeAfterPattern.exec(line.slice(end));
      if (after) {
        const [text, hour = '', minute, meridiem, zone] = after;
        time = readTime(hour, minute, meridiem, zone, text.length);
        if (time) end += text.length;
      }
    }
    if (!time) {
      const before = timeBeforePattern.exec(line.slice(Math.max(0, start - 30), start));
      if (before) {
        const [text, hour = '', minute, meridiem, zone] = before;
        time = readTime(hour, minute, meridiem, zone, text.length);
        if (time) start -= text.length;
      }
    }
    results.push({
      value: withTime(raw, time),
      matchedText: line.slice(start, end).trim(),
      index: start,
      hasTime: time !== null,
      isAmbiguous: raw.isAmbiguous,
    });
  }
  return results;
}

export interface YearlessDate {
  month: number;
  day: number;
  weekday: number | null;
  matchedText: string;
}

/** "today (Tuesday 18 March)", "today, Tuesday March 18": the writer's own date without a year. */
const todayPattern = new RegExp(
    `\\btoday\\b[\\s,(–—-]*(?:${weekdayPattern}[\\s,]+)?(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${monthPattern}|${monthPattern}\\s+(\\d{1,2})(?:st|nd|rd|th)?)(?![\\w,]*\\s*\\d{4})\\)?`,
  'i',
);

export function findTodayDate(line: string): YearlessDate | null {
  if (!/today/i.test(line)) return null;
  const match = todayPattern.exec(line);
  if (!match) return null;
  const [text, weekdayName, dayBefore, monthAfterDay, monthBefore, dayAfter] = match;
  const month = monthFromName(monthAfterDay ?? monthBefore ?? '');
  const day = Number(dayBefore ?? dayAfter);
  if (month === null || !(day >= 1 && day <= 31)) return null;
  return { month, day, weekday: weekdayName ? weekdayFromName(weekdayName) : null, matchedText: text };
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
