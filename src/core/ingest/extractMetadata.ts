// Title, outlet, byline or agency, publication date, kind and language of a source, each
// with an origin a person can check. Candidates come from the format (HTML meta tags,
// Markdown headings) and from the text and its removed furniture; the best-scored wins.
import type { FieldProvenance, RemovedLine } from '../../shared/domain';
import type { IngestedDocument } from './IngestedDocument';
import type { MetadataCandidate } from './MetadataCandidate';
import { agencyInCreditLine, endsWithFullStop, wordCount } from './findFurniture';
import { isoDate, isValidDate, monthFromName } from '../language/dates/calendarDay';
import { findDates } from '../language/dates/findCalendarDates';
import { findTodayDate, resolveYear } from '../language/dates/findTodayDate';
import { guessKind } from './guessKind';
import { guessLanguage, languageSampleLength } from './guessLanguage';
import { hostOf } from './htmlToText';

export interface MetadataInput {
  fileName: string;
  /** Kept paragraphs with the line each starts on. */
  paragraphs: readonly { text: string; line: number }[];
  removed: readonly RemovedLine[];
  /** Candidates the format itself provides (HTML meta tags, Markdown headings). */
  candidates: readonly MetadataCandidate[];
  importedAt: Date;
}

const notFound = (): FieldProvenance => ({ value: null, origin: 'not found', isInferred: false });

/** A short quotation of evidence for an origin string. */
export function quote(text: string, maximum = 70): string {
  const shown = text.length > maximum ? `${text.slice(0, maximum - 1).trimEnd()}…` : text;
  return `"${shown}"`;
}

function best(candidates: readonly MetadataCandidate[], field: MetadataCandidate['field']): FieldProvenance | null {
  let chosen: MetadataCandidate | null = null;
  for (const candidate of candidates) {
    if (candidate.field !== field) continue;
    if (chosen === null || candidate.score > chosen.score) chosen = candidate;
  }
  return chosen ? { value: chosen.value, origin: chosen.origin, isInferred: chosen.isInferred } : null;
}

/** A headline: short, and not ending like a sentence. */
function isHeadline(text: string): boolean {
  const words = wordCount(text);
  return words >= 2 && words <= 25 && text.length <= 200 && !endsWithFullStop(text) && !/[:;,]$/.test(text);
}

const titleLength = 100;

function titleCandidates(input: MetadataInput): MetadataCandidate[] {
  const first = input.paragraphs[0];
  if (!first) return [];
  if (isHeadline(first.text)) {
    return [{ field: 'title', value: first.text, origin: `line ${first.line}, the headline ${quote(first.text, 40)}`, score: 2.5, isInferred: false }];
  }
  const sentence = /^.+?[.!?]["”’)]*(?=\s|$)/.exec(first.text)?.[0] ?? first.text;
  let value = sentence;
  if (value.length > titleLength) {
    const cut = value.slice(0, titleLength);
    value = `${cut.slice(0, Math.max(cut.lastIndexOf(' '), titleLength / 2)).trimEnd()}…`;
  }
  return [{ field: 'title', value, origin: `first sentence of line ${first.line} (no headline)`, score: 1, isInferred: true }];
}

function outletCandidates(input: MetadataInput): MetadataCandidate[] {
  const found: MetadataCandidate[] = [];
  for (const removed of input.removed) {
    if (removed.reason === 'source URL') {
      const host = hostOf(removed.text);
      if (host) found.push({ field: 'outlet', value: host, origin: `line ${removed.line}, source URL ${quote(removed.text, 80)}`, score: 3, isInferred: false });
    }
    if (removed.reason === 'syndication note') {
      const staff = /\bby (?:the )?([\p{Lu}][\p{L}\d&.' -]{1,40}?) (?:staff|team|desk|editors?|newsroom)\b/u.exec(removed.text);
      if (staff?.[1]) found.push({ field: 'outlet', value: staff[1], origin: `line ${removed.line}, syndication note ${quote(staff[0])}`, score: 3, isInferred: false });
    }
    if (removed.reason === 'copyright') {
      const owner = /(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*([^.,]+?)(?:\s*[.,]|\s+all rights reserved|$)/i.exec(removed.text);
      const name = owner?.[1]?.trim();
      if (name && wordCount(name) <= 6 && !agencyInCreditLine(name)) {
        found.push({ field: 'outlet', value: name, origin: `line ${removed.line}, copyright ${quote(removed.text)}`, score: 2, isInferred: false });
      }
    }
  }
  return found;
}

interface BylineFindings {
  candidates: MetadataCandidate[];
  agency: { name: string; line: number | null } | null;
  hasPersonByline: boolean;
}

const datelineAgency = /^[\p{Lu}][\p{L} .,'/-]{1,40}\(([^)]{2,30})\)\s*[-–—]/u;

function bylineFindings(input: MetadataInput): BylineFindings {
  const candidates: MetadataCandidate[] = [];
  let agency: BylineFindings['agency'] = null;
  let hasPersonByline = false;
  for (const removed of input.removed) {
    if (removed.reason === 'byline') {
      const name = agencyInCreditLine(removed.text);
      if (name) {
        agency ??= { name, line: removed.line };
        candidates.push({ field: 'byline', value: name, origin: `line ${removed.line} ${quote(removed.text)}`, score: 3, isInferred: false });
      } else {
        hasPersonByline = true;
        const person = removed.text.replace(/^(by|written by|reported by|words by|author)\s*:?\s+/i, '').trim();
        candidates.push({ field: 'byline', value: person, origin: `line ${removed.line} ${quote(removed.text)}`, score: 3.5, isInferred: false });
      }
    }
    if (removed.reason === 'reporting credits') {
      const reporters = /^\(?\s*(?:additional )?reporting by\s+([^;)]+)/i.exec(removed.text)?.[1]?.trim();
      if (reporters) candidates.push({ field: 'byline', value: reporters, origin: `line ${removed.line} ${quote(removed.text)}`, score: 2, isInferred: false });
    }
    if (removed.reason === 'syndication note') {
      const inputs = /with inputs from\s+([^)]+)/i.exec(removed.text)?.[1]?.trim();
      const name = inputs ? agencyInCreditLine(inputs) : null;
      if (name) {
        agency ??= { name, line: removed.line };
        candidates.push({ field: 'byline', value: name, origin: `line ${removed.line} ${quote(removed.text)}`, score: 2, isInferred: false });
      }
    }
  }
  for (const paragraph of input.paragraphs.slice(0, 3)) {
    const dateline = datelineAgency.exec(paragraph.text);
    const name = dateline?.[1] ? agencyInCreditLine(dateline[1]) : null;
    if (dateline && name) {
      agency ??= { name, line: paragraph.line };
      candidates.push({ field: 'byline', value: name, origin: `line ${paragraph.line}, dateline ${quote(dateline[0].trim())}`, score: 2.5, isInferred: false });
    }
  }
  const fromFormat = input.candidates.find((candidate) => candidate.field === 'byline');
  const formatAgency = fromFormat ? agencyInCreditLine(fromFormat.value) : null;
  if (formatAgency) agency ??= { name: formatAgency, line: null };
  else if (fromFormat) hasPersonByline = true;
  return { candidates, agency, hasPersonByline };
}

/** How much a label before a date says it is the publication date. */
function dateLabelScore(before: string, isDateLine: boolean): number {
  if (/(updated|modified|edited)\W*$/i.test(before) || /\b(updated|modified)\b/i.test(before)) return 1;
  if (/\b(published|posted|released|date|dated|issued)\b/i.test(before)) return 3;
  return isDateLine ? 2 : 1.5;
}

function dateCandidates(input: MetadataInput): MetadataCandidate[] {
  const found: MetadataCandidate[] = [];
  for (const removed of input.removed) {
    if (removed.reason === 'link list' || removed.reason === 'source URL') continue;
    for (const date of findDates(removed.text)) {
      const before = removed.text.slice(0, date.index);
      const label = /(?:^|\s)((?:first |last |originally )?(?:published|updated|posted|released|date|dated|issued|modified)\s*:?\s*(?:on\s+)?)$/i.exec(before)?.[1] ?? '';
      const shown = removed.text.length <= 60 ? removed.text : `${label}${date.matchedText}`;
      const precision = date.value.length > 10 ? 0.1 : 0;
      found.push({
        field: 'publishedAt',
        value: date.value,
        origin: `line ${removed.line} ${quote(shown)}${date.isAmbiguous ? ' (read as month/day)' : ''}`,
        score: dateLabelScore(before, removed.reason === 'date line') + precision,
        isInferred: date.isAmbiguous,
      });
    }
  }
  for (const removed of input.removed) {
    if (removed.reason !== 'source URL') continue;
    const path = /\/((?:19|20)\d{2})\/(\d{1,2}|[a-z]{3,9})\/(\d{1,2})(?:\/|$)/i.exec(removed.text);
    if (!path) continue;
    const year = Number(path[1]);
    const month = /^\d+$/.test(path[2] ?? '') ? Number(path[2]) : monthFromName(path[2] ?? '');
    const day = Number(path[3]);
    if (month !== null && isValidDate(year, month, day)) {
      found.push({ field: 'publishedAt', value: isoDate(year, month, day), origin: `line ${removed.line}, date in the source URL ${quote(path[0])}`, score: 1, isInferred: true });
    }
  }
  // A wire-style dateline: "WASHINGTON, DC, April 28, 2009 - …" at the head of the text.
  for (const paragraph of input.paragraphs.slice(0, 3)) {
    const date = findDates(paragraph.text)[0];
    if (!date || date.index > 40 || !/^[\p{Lu}\d][\p{Lu}\d .,'’-]*$|^$/u.test(paragraph.text.slice(0, date.index))) continue;
    found.push({
      field: 'publishedAt',
      value: date.value,
      origin: `line ${paragraph.line}, dateline ${quote(paragraph.text.slice(0, date.index + date.matchedText.length))}`,
      score: 1.5,
      isInferred: date.isAmbiguous,
    });
  }
  for (const paragraph of input.paragraphs.slice(0, 6)) {
    const today = findTodayDate(paragraph.text);
    if (!today) continue;
    const resolved = resolveYear(today, input.importedAt);
    if (!resolved) continue;
    found.push({
      field: 'publishedAt',
      value: isoDate(resolved.year, today.month, today.day),
      origin: `line ${paragraph.line} ${quote(today.matchedText)}; year ${resolved.year} is ${resolved.reason}`,
      score: 1.5,
      isInferred: true,
    });
    break;
  }
  return found;
}

/** The paragraphs joined by spaces, as far as the first `length` characters reach. */
function leadingText(paragraphs: readonly { text: string }[], length: number): string {
  const parts: string[] = [];
  let joinedLength = -1;
  for (const paragraph of paragraphs) {
    if (joinedLength >= length) break;
    parts.push(paragraph.text);
    joinedLength += 1 + paragraph.text.length;
  }
  return parts.join(' ');
}

export function extractMetadata(input: MetadataInput): IngestedDocument['metadata'] {
  const bylines = bylineFindings(input);
  const all = [...input.candidates, ...titleCandidates(input), ...outletCandidates(input), ...bylines.candidates, ...dateCandidates(input)];
  const title = best(all, 'title') ?? { value: input.fileName.replace(/\.[^.]+$/, ''), origin: 'file name', isInferred: true };
  const outlet = best(all, 'outlet') ?? notFound();
  const byline = best(all, 'byline') ?? notFound();
  const publishedAt = best(all, 'publishedAt') ?? notFound();
  const kind = guessKind({
    paragraphs: input.paragraphs,
    removed: input.removed,
    agency: bylines.agency,
    hasPersonByline: bylines.hasPersonByline,
    hasOutlet: outlet.value !== null,
  });
  // Language is told from the opening words alone, so only those are joined.
  const language = guessLanguage(leadingText(input.paragraphs, languageSampleLength));
  return { title, outlet, byline, publishedAt, kind, language };
}
