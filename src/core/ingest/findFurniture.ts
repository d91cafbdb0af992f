// Page furniture: the parts of a saved news page that are not the article (breadcrumbs,
// share buttons, "Also Read" lists, read-time and date stamps, tags, credits). The rules
// describe how news sites lay such lines out, never what one site's lines say.
import { findDates } from './findDates';
import type { SourceLine } from './SourceLine';

export const agencyNames = [
  'Reuters', 'Associated Press', 'AP', 'AFP', 'Agence France-Presse', 'Agence France Presse', 'PA', 'PA Media',
  'Press Association', 'Bloomberg', 'Bloomberg News', 'dpa', 'EFE', 'ANSA', 'Xinhua', 'Kyodo', 'Kyodo News', 'Yonhap',
  'PTI', 'Press Trust of India', 'ANI', 'IANS', 'UNI', 'UPI', 'United Press International', 'TASS', 'Interfax',
  'Anadolu', 'Anadolu Agency', 'AAP', 'Australian Associated Press', 'The Canadian Press', 'Canadian Press',
  'Dow Jones', 'RIA Novosti', 'Jiji Press', 'Bernama', 'Antara', 'Europa Press', 'Agencies',
] as const;

const agencyByLowerName = new Map(agencyNames.map((name) => [name.toLowerCase(), name]));

/** The agency a short credit line names ("Reuters", "By AFP", "Reuters Staff"), or null. */
export function agencyInCreditLine(line: string): string | null {
  const bare = line
    .replace(/^(by|source|credit|via|from)\s*:?\s+/i, '')
    .replace(/\s+(staff|news service|wire|reporters?|correspondents?)$/i, '')
    .replace(/[.\s]+$/, '')
    .trim();
  const name = agencyByLowerName.get(bare.toLowerCase());
  if (!name) return null;
  // Two-letter acronyms count only when written as acronyms; "pa" or "Ap" is not a credit.
  if (name.length <= 3 && bare !== name) return null;
  return name;
}

/** Words in a line, counting stopped once past `limit` (long lines are only ever compared with a small limit). */
export function wordCount(line: string, limit = Infinity): number {
  // A character loop: this runs on every line of every import, and a regex match allocates.
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

function isShareButtons(line: string): boolean {
  if (wordCount(line) > 12) return false;
  const tokens = line.match(shareToken) ?? [];
  const rest = line.replace(shareToken, '').replace(/[\s\W_]+/g, '');
  if (rest !== '' || !socialNetwork.test(line)) return false;
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
export function isDateLine(line: string): boolean {
  if (wordCount(line) > 16) return false;
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

function isPersonByline(line: string): boolean {
  const match = personByline.exec(line);
  if (!match || wordCount(line) > 10 || endsWithFullStop(line.replace(/\b\p{Lu}\.$/u, ''))) return false;
  const words = (match[2] ?? '').split(/[\s,|&]+/).filter((word) => word && !/^(and|in|of|for|the|de|van|von|da|al|bin)$/i.test(word));
  if (words.length === 0) return false;
  const capitalised = words.filter((word) => /^[\p{Lu}@]/u.test(word)).length;
  return capitalised / words.length >= 0.75;
}

/** Why a single line is furniture, judged on its own; null for article text. */
/** No furniture rule applies to a line this long: it is a paragraph of the article. */
const longestFurnitureWords = 60;

export function classifyLine(line: string, isNearTop: boolean): string | null {
  if (wordCount(line, longestFurnitureWords) > longestFurnitureWords) return null;
  if (bareUrl.test(line)) return isNearTop ? 'source URL' : 'bare URL';
  if (isBreadcrumb(line)) return 'navigation';
  if (readTime.test(line)) return 'read time';
  if (isDateLine(line)) return 'date line';
  if (topicList.test(line) && wordCount(line) <= 40) return 'topic list';
  if (syndicationNote.test(line) && wordCount(line) <= 60) return 'syndication note';
  if (reportingCredits.test(line) && wordCount(line) <= 40) return 'reporting credits';
  if (agencyInCreditLine(line) || isPersonByline(line)) return 'byline';
  if (photoCredit.test(line) && wordCount(line) <= 50) return 'photo credit';
  if (isShareButtons(line)) return 'share buttons';
  if (socialPrompt.test(line) && wordCount(line) <= 14 && !endsWithFullStop(line)) return 'social prompt';
  const bare = line.replace(/[\s:.!»›>→-]+$/, '');
  if (advertisementLine.test(bare)) return 'advertisement';
  if (navigationPhrases.test(bare)) return 'navigation';
  if (commentsLine.test(bare)) return 'comments';
  if (copyrightLine.test(line) && wordCount(line) <= 30) return 'copyright';
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
    if (linkListHeading.test(text.replace(/[\s.»›>→-]+$/, ''))) {
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
