// Page furniture: the parts of a saved news page that are not the article (breadcrumbs,
// share buttons, "Also Read" lists, read-time and date stamps, tags, credits). The rules
// describe how news sites lay such lines out, never what one site's lines say.
import { findDates } from '../language/dates/findCalendarDates';
import type { SourceLine } from './SourceLine';

export const agencyNames = [
  'Reuters', 'Associated Press', 'AP', 'AFP', 'Agence France-Presse', 'Agence France Presse', 'PA', 'PA Media',
  'Press Association', 'Bloomberg', 'Bloomberg News', 'dpa', 'EFE', 'ANSA', 'Xinhua', 'Kyodo', 'Kyodo News', 'Yonhap',
  'PTI', 'Press Trust of India', 'ANI', 'IANS', 'UNI', 'UPI', 'United Press International', 'TASS', 'Interfax',
  'Anadolu', 'Anadolu Agency', 'AAP', 'Australian Associated Press', 'The Canadian Press', 'Canadian Press',
  'Dow Jones', 'RIA Novosti', 'Jiji Press', 'Bernama', 'Antara', 'Europa Press', 'Agencies',
] as const;

const agencyByLowerName = new Map(agencyNames.map((name) => [name.toLowerCase(), name]));
/** Lower-casing never shortens a string, so text longer than this names no agency. */
const longestAgencyName = Math.max(...agencyNames.map((name) => name.length));

/** A code-unit test for a one-character regex class, its ASCII answers worked out once. */
function characterTest(characterClass: RegExp): (code: number) => boolean {
  const isAscii = Array.from({ length: 128 }, (_, code) => characterClass.test(String.fromCharCode(code)));
  return (code) => (code < 128 ? isAscii[code] === true : characterClass.test(String.fromCharCode(code)));
}

/**
 * `line` without its trailing run of characters that `isTrailing` accepts: what
 * `line.replace(/[…]+$/, '')` does, read from the end instead of trying a match at every space.
 */
function withoutTrailing(line: string, isTrailing: (code: number) => boolean): string {
  let end = line.length;
  while (end > 0 && isTrailing(line.charCodeAt(end - 1))) end -= 1;
  return end === line.length ? line : line.slice(0, end);
}

const isDotOrSpace = characterTest(/[.\s]/);
const isNavigationTrailing = characterTest(/[\s:.!»›>→-]/);
const isLinkListTrailing = characterTest(/[\s.»›>→-]/);

/** The agency a short credit line names ("Reuters", "By AFP", "Reuters Staff"), or null. */
export function agencyInCreditLine(line: string): string | null {
  const credit = line
    .replace(/^(by|source|credit|via|from)\s*:?\s+/i, '')
    .replace(/\s+(staff|news service|wire|reporters?|correspondents?)$/i, '');
  const bare = withoutTrailing(credit, isDotOrSpace).trim();
  if (bare.length > longestAgencyName) return null;
  const name = agencyByLowerName.get(bare.toLowerCase());
  if (!name) return null;
  // Two-letter acronyms count only when written as acronyms; "pa" or "Ap" is not a credit.
  if (name.length <= 3 && bare !== name) return null;
  return name;
}

/** Three native character searches: a regex class test reads the line several times slower. */
function hasTabOrLineBreak(line: string): boolean {
  return line.includes('\n') || line.includes('\t') || line.includes('\r');
}

/**
 * Words in a line (runs of characters other than spaces, tabs and line breaks), counting stopped
 * once past `limit` (long lines are only ever compared with a small limit). This runs on every
 * line of every import: where spaces are the only separators, as in nearly every clean line,
 * the native `indexOf` skips each word, several times faster than a loop over its characters.
 */
export function wordCount(line: string, limit = Infinity): number {
  if (hasTabOrLineBreak(line)) return wordCountOfAnySpacing(line, limit);
  let words = 0;
  let position = 0;
  while (position < line.length && words <= limit) {
    if (line.charCodeAt(position) === 0x20) {
      position += 1;
      continue;
    }
    words += 1;
    const nextSpace = line.indexOf(' ', position);
    if (nextSpace === -1) break;
    position = nextSpace + 1;
  }
  return words;
}

function wordCountOfAnySpacing(line: string, limit: number): number {
  let words = 0;
  let isInWord = false;
  for (let index = 0; index < line.length && words <= limit; index += 1) {
    const code = line.charCodeAt(index);
    const isSpace = code === 32 || code === 9 || code === 10 || code === 13;
    if (!isSpace && !isInWord) words += 1;
    isInWord = !isSpace;
  }
  return words;
}

/** Ends as a sentence does: a full stop, maybe inside closing quotes or brackets. */
export function endsWithFullStop(line: string): boolean {
  // An ellipsis trails off, as headlines do; it does not close a sentence.
  return /[.!]["”’')\]]*$/.test(line) && !/(\.\.\.|…)["”’')\]]*$/.test(line);
}

/** Short, unpunctuated: a headline, a heading or a link's text. */
export function isHeadlineLike(line: string): boolean {
  const words = wordCount(line);
  return words > 0 && words <= 20 && line.length <= 160 && !endsWithFullStop(line) && !/[:;,]$/.test(line);
}

const linkListHeading =
  /^(also read|read also|also see|see also|read more|more to read|related|related (articles?|stories|news|coverage|content|links|posts|reading|topics)|more from this section|more (stories|news|articles) from .{1,30}|more on this( story| topic)?|more stories|more news|recommended( for you| stories| reading)?|you (may|might) also like|you may be interested in|trending( now| stories| news)?|most (read|popular|viewed|shared)|top stories|latest( news| stories)?|editor'?s picks|don'?t miss|must read|what to read next|further reading|in other news|popular (now|stories)|in case you missed it|we recommend)\s*:?$/i;
const inlineLinkList = /^(also read|read also|read more|also see|see also|related|watch|listen)\s*[:|–—-]\s*\S/i;

const navigationPhrases =
  /^(explore( more)? news|explore|next story|previous story|next article|previous article|next|previous|prev|read next|up next|back to top|skip to (main )?content|go to top|home|menu|search|sign in|log in|login|register|view comments|load more|show more|see more|read full (story|article)|click here|more|print this page|listen to (this )?(article|story)|view gallery|watch video|open in app|subscribe|newsletter|go back|continue reading|all news|latest news)$/i;

const advertisementLine =
  /^(advertisement|advertisements|advert|ad|ads|sponsored|sponsored (content|links|stories)|promoted( content| stories)?|paid (content|post)|partner content|story continues below( this)? (advertisement|ad)|continue reading (below|the main story)|scroll to continue( with content)?|article continues below( advertisement)?)$/i;

const socialPrompt =
  /^(connect with us|follow us|join us|join our|like us on|subscribe to (our|the|us)|sign up (for|to)|download (the|our) app|get the app|get (our|the) newsletter|stay (updated|connected|informed)|share (this|the) (article|story|post|page)|already a subscriber|subscribe (now|today|for)|this (article|content|story) is (only )?(available|for) (to )?subscribers)\b/i;

const shareToken =
  /facebook|twitter|linkedin|whatsapp|telegram|pinterest|reddit|tumblr|instagram|youtube|threads|flipboard|messenger|e-?mail|print|share|tweet|icon|copy link|copy|link|sms|comments?|\bx\b|\bfb\b|\d+|\b(on|via|to|with|this|article|story|page|post|the|us|buttons?)\b/gi;
const socialNetwork = /facebook|twitter|linkedin|whatsapp|telegram|pinterest|reddit|tumblr|instagram|flipboard|messenger|share|tweet/i;

function isShareButtons(line: string, words: number): boolean {
  if (words > 12 || !socialNetwork.test(line)) return false;
  const tokens = line.match(shareToken) ?? [];
  const rest = line.replace(shareToken, '').replace(/[\s\W_]+/g, '');
  if (rest !== '') return false;
  return tokens.length >= 2 || /^share$/i.test(line.trim());
}

function isBreadcrumb(line: string): boolean {
  const segments = line.split(/\s+(?:\/|>|»|›|\||::)\s+/);
  if (segments.length < 2) return false;
  if (segments.some((segment) => /^\d+$/.test(segment.trim()))) return false;
  const first = segments[0] ?? '';
  if (/(^|\s)home$/i.test(first.trim())) return true;
  const leading = segments.slice(0, -1);
  const isShortTitled = leading.every((segment) => wordCount(segment) <= 4 && /^[\p{Lu}\d]/u.test(segment.trim()));
  const last = segments[segments.length - 1] ?? '';
  if (!isShortTitled || endsWithFullStop(last)) return false;
  const usesArrow = /\s(>|»|›)\s/.test(line);
  return usesArrow ? segments.length >= 3 : segments.length >= 4;
}

const dateLineLabel =
  /\b(published|updated|posted|first|last|originally|date|dated|on|at|modified|created|released|as of|article|story|hrs|local time|uk|ist|akst|akdt|hst|gmt|utc|bst|cest|cet|est|edt|cst|cdt|mst|mdt|pst|pdt|et|pt|ct|mt|aest|aedt|jst|hkt|sgt|(sun|mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?)(day)?)\b/gi;
const bareTime = /\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?/gi;

/** A line that is only a date or time stamp, with labels like "Published:" or "Updated". */
export function isDateLine(line: string, words = wordCount(line)): boolean {
  if (words > 16) return false;
  const dates = findDates(line);
  let rest = line;
  if (dates.length > 0) {
    for (const date of dates) rest = rest.replace(date.matchedText, ' ');
    rest = rest.replace(bareTime, ' ').replace(/\(?(gmt|utc) ?[+-]\d{1,2}(:?\d{2})?\)?/gi, ' ');
  } else if (/^(updated|posted|published|last updated|first published)\b/i.test(line) && /\d{1,2}[:.]\d{2}/.test(line)) {
    rest = rest.replace(bareTime, ' ');
  } else {
    return false;
  }
  rest = rest.replace(dateLineLabel, ' ').replace(/[^\p{L}\d]+/gu, ' ').trim();
  return rest === '';
}

const readTime = /^(\d+\s*(min|mins|minutes?)\s+read|reading time\s*:?\s*\d+|\d+\s*(min|mins|minutes?)\s+(listen|watch))\b/i;
const topicList = /^(topics?|tags?|related topics|keywords|filed under|categories|category|more on)\s*:/i;
const photoCredit =
  /(\|\s*(photo|image|picture|pic|photograph|video|credit)s?\s*(credit)?\s*:)|(^(photo|image|picture|photograph|pic|credit|file photo)s?\s*(credit)?\s*:)|(\b(photograph|photo|image|picture)\s*:\s*[^.:]{2,60}$)|(\((photo|image|picture)\s*:[^)]*\)\s*$)|(^\(?(getty images|afp via getty images|shutterstock|reuters\/[^)]+)\)?$)/i;
const syndicationNote =
  /syndicated feed|auto-generated from|has not been edited by|not been edited by .{1,40} staff|published from a (wire|syndicated)|from a wire (agency )?feed|^\(?\s*with inputs from\b|^\(?\s*only the headline/i;
const reportingCredits = /^\(?\s*(reporting|additional reporting|writing|editing|compiled|edited|reported|written) by\b/i;
const copyrightLine = /^(©|\(c\)\s*\d{4}|copyright\b)|all rights reserved\.?$/i;
const commentsLine = /^((\d+\s+)?comments?|(leave|post|add|write) a comment|comments are closed.*|join the (conversation|discussion))$/i;
const bareUrl = /^(https?:\/\/|www\.)\S+$/i;
const personByline = /^(by|written by|reported by|words by|author)\s*:?\s+(.+)$/i;

function isPersonByline(line: string, lineWords: number): boolean {
  const match = personByline.exec(line);
  if (!match || lineWords > 10 || endsWithFullStop(line.replace(/\b\p{Lu}\.$/u, ''))) return false;
  const words = (match[2] ?? '').split(/[\s,|&]+/).filter((word) => word && !/^(and|in|of|for|the|de|van|von|da|al|bin)$/i.test(word));
  if (words.length === 0) return false;
  const capitalised = words.filter((word) => /^[\p{Lu}@]/u.test(word)).length;
  return capitalised / words.length >= 0.75;
}

/** No furniture rule applies to a line this long: it is a paragraph of the article. */
const longestFurnitureWords = 60;

/** Why a single line is furniture, judged on its own; null for article text. */
export function classifyLine(line: string, isNearTop: boolean): string | null {
  // Counted once for all the rules: the count stops past the limit, and is exact below it.
  const words = wordCount(line, longestFurnitureWords);
  if (words > longestFurnitureWords) return null;
  if (bareUrl.test(line)) return isNearTop ? 'source URL' : 'bare URL';
  if (isBreadcrumb(line)) return 'navigation';
  if (readTime.test(line)) return 'read time';
  if (isDateLine(line, words)) return 'date line';
  if (words <= 40 && topicList.test(line)) return 'topic list';
  if (syndicationNote.test(line)) return 'syndication note';
  if (words <= 40 && reportingCredits.test(line)) return 'reporting credits';
  if (agencyInCreditLine(line) || isPersonByline(line, words)) return 'byline';
  if (words <= 50 && photoCredit.test(line)) return 'photo credit';
  if (isShareButtons(line, words)) return 'share buttons';
  if (words <= 14 && socialPrompt.test(line) && !endsWithFullStop(line)) return 'social prompt';
  const bare = withoutTrailing(line, isNavigationTrailing);
  if (advertisementLine.test(bare)) return 'advertisement';
  if (navigationPhrases.test(bare)) return 'navigation';
  if (commentsLine.test(bare)) return 'comments';
  if (words <= 30 && copyrightLine.test(line)) return 'copyright';
  if (inlineLinkList.test(line) && isHeadlineLike(line.replace(inlineLinkList, 'x'))) return 'link list';
  return null;
}

/** Lines above this many non-blank lines count as the top of the page (for the source URL). */
const topZoneLines = 3;

/**
 * Reasons for the furniture lines, keyed by index into `lines`. A link-list heading takes
 * the headline-like lines after it until the article resumes with a full sentence.
 */
export function findFurniture(lines: readonly SourceLine[]): Map<number, string> {
  const reasons = new Map<number, string>();
  let nonBlankSeen = 0;
  let isInLinkList = false;
  for (const [index, source] of lines.entries()) {
    const text = source.text;
    if (text === '') continue;
    nonBlankSeen += 1;
    const reason = classifyLine(text, nonBlankSeen <= topZoneLines);
    if (reason) {
      reasons.set(index, reason);
      isInLinkList = false;
      continue;
    }
    if (linkListHeading.test(withoutTrailing(text, isLinkListTrailing))) {
      reasons.set(index, 'link list');
      isInLinkList = true;
      continue;
    }
    if (isInLinkList && isHeadlineLike(text)) {
      reasons.set(index, 'link list');
      continue;
    }
    isInLinkList = false;
  }
  markImageCaptions(lines, reasons);
  return reasons;
}

/** A short label line right above a photo credit is the image's alt text or caption. */
function markImageCaptions(lines: readonly SourceLine[], reasons: Map<number, string>): void {
  for (const [index, reason] of reasons) {
    if (reason !== 'photo credit') continue;
    let previous = index - 1;
    while (previous >= 0 && lines[previous]?.text === '') previous -= 1;
    const text = lines[previous]?.text;
    if (text === undefined || reasons.has(previous)) continue;
    if (wordCount(text) <= 6 && isHeadlineLike(text) && previous !== firstNonBlank(lines)) reasons.set(previous, 'image caption');
  }
}

function firstNonBlank(lines: readonly SourceLine[]): number {
  return lines.findIndex((line) => line.text !== '');
}
