import { contentStems, quoteWords } from './contentStems';
import type { ExtractedMention, SourceForClaims, Speaker } from './ExtractedMention';
import { findDateMentions } from '../language/dates/findDateMentions';
import type { DateMention } from '../language/dates/DateValue';
import { findPeople, personKey } from './findPeople';
import type { NamedEntity, PersonMention } from './findPeople';
import { findQuantities } from './findQuantities';
import { findQuoteRegions } from './findQuoteRegions';
import type { QuoteRegion } from './findQuoteRegions';
import { roleConflict, roleFacets } from './roleVocabulary';

const speechVerbs =
  'said|says|say|told|tells|added|adds|stated|stating|states|emphasised|emphasized|emphasising|stressed|stressing|warned|warns|explained|mentioned|noted|insisted|declared|argued|wrote|writes|echoed|underscored|reaffirmed|announced|continued|urged|claimed|replied|tweeted|posted|revealed|revealing|remarked|asked|commented|acknowledged|admitted|concluded|observed';
const speechVerbPattern = new RegExp(`\\b(${speechVerbs})\\b`, 'i');
const officeSpeakerPattern =
  /((?:the\s+)?(?:[A-Z][\p{L}'’]*\s+){0,4}(?:Secretary|Minister|President|Chancellor|Spokesman|Spokeswoman|Spokesperson|Representative|Commissioner|Chief|Director|Ambassador|Governor|Mayor|Secretaries))\s*,?\s*$/u;
const pronounPattern = /\b(he|she)\s*$/i;
const attributionCue = /\b(?:said|says|told|according)\b/i;
const attributionPatterns = [
  /\baccording to ([^,.;:]+)/i,
  /(?:^|,\s*)((?:the\s+)?(?:[\p{L}'’]+\s+){1,6}?)(?:said|says|told)\b/iu,
  /\b((?:\w+\s+)?(?:officials|sources|spokesman|spokeswoman|spokesperson))\s+(?:said|say|says|told)\b/i,
];
const minimumQuoteWords = 5;
const minimumStatementWords = 6;

interface SentenceInfo {
  start: number;
  end: number;
  paragraph: number;
  people: PersonMention[];
  entities: NamedEntity[];
  stems: string[];
}

function isInside(regions: readonly QuoteRegion[], start: number, end: number): boolean {
  for (const region of regions) if (start >= region.start && end <= region.end) return true;
  return false;
}

function quotedShare(regions: readonly QuoteRegion[], start: number, end: number): number {
  let covered = 0;
  for (const region of regions) covered += Math.max(0, Math.min(end, region.end) - Math.max(start, region.start));
  return end > start ? covered / (end - start) : 0;
}

/** Splits a quotation into its sentences, trimmed, as spans. */
function quoteSentences(text: string, region: QuoteRegion): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const pattern = /[^.!?]+(?:[.!?]+|$)/g;
  const body = text.slice(region.start, region.end);
  for (const match of body.matchAll(pattern)) {
    const raw = match[0];
    const leading = raw.length - raw.trimStart().length;
    let start = region.start + (match.index ?? 0) + leading;
    let end = region.start + (match.index ?? 0) + raw.trimEnd().length;
    while (end > start && /[,'"‘’“”\s–-]/.test(text[end - 1] ?? '')) end -= 1;
    while (start < end && /['"‘’“”\s]/.test(text[start] ?? '')) start += 1;
    if (end > start) spans.push({ start, end });
  }
  // Abbreviations make a sentence split too eager; a fragment too short to be a quote rejoins its neighbour.
  const merged: { start: number; end: number }[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && quoteWords(text.slice(last.start, last.end)).length < 3) last.end = span.end;
    else merged.push({ ...span });
  }
  return merged;
}

/**
 * Extracts every claim mention from one source: quotations with their speakers, quantities,
 * dated events, stated roles and other attributed statements, each tied to its span.
 */
export function extractClaims(source: SourceForClaims): ExtractedMention[] {
  const { text, id: sourceId } = source;
  const regions = findQuoteRegions(text, source.paragraphs);
  const mentions: ExtractedMention[] = [];
  const knownKeys = new Set<string>();
  const roleRegistry: { key: string; name: string; role: string }[] = [];
  const sentences: SentenceInfo[] = [];
  let previousStems: string[] = [];

  for (const sentence of source.sentences) {
    const { people, entities } = findPeople(text, sentence.start, sentence.end, knownKeys);
    const hasRegions = regions.length > 0;
    const outside = hasRegions ? people.filter((person) => !isInside(regions, person.start, person.end)) : people;
    for (const person of outside) knownKeys.add(person.key);
    const sentenceText = text.slice(sentence.start, sentence.end);
    const sentenceStems = contentStems(sentenceText);
    const info: SentenceInfo = {
      start: sentence.start,
      end: sentence.end,
      paragraph: sentence.paragraph,
      people: outside,
      entities: hasRegions ? entities.filter((entity) => !isInside(regions, entity.start, entity.end)) : entities,
      stems: sentenceStems,
    };
    sentences.push(info);
    const stemsBefore = previousStems;
    previousStems = sentenceStems;
    // Most sentences yield no mention: their context is built only when one does.
    let context: string[] | null = null;
    const contextOf = (): string[] => (context ??= [...new Set([...sentenceStems, ...stemsBefore])]);

    for (const person of outside) {
      if (!person.role) continue;
      roleRegistry.push({ key: person.key, name: person.name, role: person.role.text });
      mentions.push({ sourceId, context: contextOf(), sentence: sentenceText, kind: 'role', start: person.role.start, end: person.role.end, person: person.key, personName: person.name, role: person.role.text });
    }

    const dates = findDateMentions(text, sentence.start, sentence.end, source.publishedAt, source.isPublishedYearInferred ?? false);
    for (const quantity of findQuantities(text, sentence.start, sentence.end, dates)) {
      const { start, end, ...rest } = quantity;
      mentions.push({ sourceId, context: contextOf(), sentence: sentenceText, kind: 'quantity', start, end, quantity: rest });
    }

    const isMostlyQuoted = quotedShare(regions, sentence.start, sentence.end) > 0.5;
    if (isMostlyQuoted) continue;
    const eventDates = dates.filter(
      (date) => !isInside(regions, date.start, date.end) && !/\b(since|until|from)\s+$/i.test(text.slice(Math.max(0, date.start - 8), date.start)),
    );
    const entityKeys = [...new Set(info.entities.filter((entity) => entity.type !== 'PER').map((entity) => entity.text.toLowerCase()))];
    const personKeys = [...new Set(outside.map((person) => person.key))];
    if (eventDates.length > 0 && personKeys.length + entityKeys.length > 0) {
      const date = mostSpecific(eventDates);
      const entityWords = new Set([...info.entities.flatMap((entity) => contentStems(entity.text)), ...contentStems(date.text)]);
      mentions.push({
        sourceId,
        context: contextOf(),
        sentence: sentenceText,
        kind: 'event',
        start: sentence.start,
        end: sentence.end,
        date: { from: date.from, to: date.to, weekday: date.weekday, monthDay: date.monthDay, ...(date.isYearInferred ? { isYearInferred: true } : {}) },
        dateText: eventDates.map((item) => item.text).join(' '),
        people: personKeys,
        entities: entityKeys,
        actions: sentenceStems.filter((word) => !entityWords.has(word)),
      });
      continue;
    }
    const wordCount = sentenceText.split(/\s+/).length;
    if (wordCount >= minimumStatementWords && info.entities.length > 0 && !/[?:]$/.test(sentenceText.trim())) {
      mentions.push({
        sourceId,
        context: contextOf(),
        sentence: sentenceText,
        kind: 'statement',
        start: sentence.start,
        end: sentence.end,
        attribution: findAttribution(sentenceText),
        stems: sentenceStems,
        entities: [...personKeys, ...entityKeys],
      });
    }
  }

  mentions.push(...extractQuotes(source, regions, sentences, roleRegistry));
  return mentions.sort((first, second) => first.start - second.start || first.end - second.end);
}

function mostSpecific(dates: readonly DateMention[]): DateMention {
  const score = (date: DateMention): number => (date.monthDay ? 3 : 0) + (date.from ? 2 : 0) + (date.weekday !== null ? 1 : 0) + (date.from === date.to ? 1 : 0);
  return [...dates].sort((first, second) => score(second) - score(first))[0] ?? (dates[0] as DateMention);
}

function findAttribution(sentence: string): string | null {
  if (!attributionCue.test(sentence)) return null;
  for (const pattern of attributionPatterns) {
    const match = pattern.exec(sentence);
    const who = match?.[1]?.trim();
    if (who && who.split(/\s+/).length <= 8) return who;
  }
  return null;
}

function extractQuotes(
  source: SourceForClaims,
  regions: readonly QuoteRegion[],
  sentences: readonly SentenceInfo[],
  roleRegistry: readonly { key: string; name: string; role: string }[],
): ExtractedMention[] {
  const { text } = source;
  const mentions: ExtractedMention[] = [];
  const people = sentences.flatMap((sentence) => sentence.people);

  /** The person last named as a sentence's subject before `position`, for "he"/"she". */
  const lastSubjectBefore = (position: number): Speaker | null => {
    const sentenceStart = sentences.find((sentence) => sentence.start <= position && position < sentence.end)?.start ?? position;
    for (let index = sentences.length - 1; index >= 0; index -= 1) {
      const sentence = sentences[index];
      if (!sentence || sentence.start >= sentenceStart) continue;
      const subject = sentence.people[0];
      if (subject) return speakerOf(subject);
    }
    return null;
  };
  // The fullest form of each person's name: the longest, the earliest of equally long ones.
  const fullestNames = new Map<string, string>();
  for (const person of people) {
    const known = fullestNames.get(person.key);
    if (known === undefined || person.name.length > known.length) fullestNames.set(person.key, person.name);
  }
  const speakerOf = (person: PersonMention): Speaker => {
    return { name: fullestNames.get(person.key) ?? person.name, key: person.key, role: person.role?.text ?? null };
  };
  const speakerForRole = (role: string): Speaker => {
    const facets = roleFacets(role);
    const holders = new Set(
      roleRegistry
        .filter((entry) => {
          const other = roleFacets(entry.role);
          return roleConflict(facets, other) === null && other.office === facets.office && other.portfolio === facets.portfolio;
        })
        .map((entry) => entry.key),
    );
    const [only] = [...holders];
    const holder = holders.size === 1 ? roleRegistry.find((entry) => entry.key === only) : undefined;
    const stated = role.replace(/^the\s+/i, '');
    return holder ? { name: holder.name, key: holder.key, role: stated } : { name: null, key: null, role: stated };
  };

  /** The speaker an attribution names: "Doe said", "said the minister", "he mentioned:", "Foreign Secretary said:". */
  const speakerIn = (start: number, end: number): Speaker | null => {
    const span = text.slice(start, end);
    const verb = speechVerbPattern.exec(span);
    const endsWithColon = /:\s*$/.test(span);
    if (!verb && !endsWithColon) return null;
    const verbAt = verb ? start + verb.index : end;
    const inSpan = people.filter((person) => person.start >= start && person.end <= end);
    const before = inSpan.filter((person) => person.end <= verbAt).at(-1);
    const beforeText = text.slice(start, verbAt);
    if (pronounPattern.test(beforeText)) return lastSubjectBefore(start);
    const office = officeSpeakerPattern.exec(beforeText);
    if (before && (!office || before.end >= start + (office.index ?? 0))) return speakerOf(before);
    if (office?.[1]) return speakerForRole(office[1]);
    const after = inSpan.find((person) => person.start >= verbAt && person.start - verbAt < 40);
    if (after) return speakerOf(after);
    if (/\b(he|she)\b/i.test(beforeText)) return lastSubjectBefore(start);
    return null;
  };

  let previous: { region: QuoteRegion; speaker: Speaker | null } | null = null;
  for (const [index, region] of regions.entries()) {
    const paragraph = source.paragraphs[region.paragraph];
    if (!paragraph) continue;
    const previousInParagraph = regions[index - 1]?.paragraph === region.paragraph ? regions[index - 1] : undefined;
    const nextInParagraph = regions[index + 1]?.paragraph === region.paragraph ? regions[index + 1] : undefined;
    const beforeStart = previousInParagraph ? previousInParagraph.end + 1 : paragraph.start;
    const afterEnd = nextInParagraph ? nextInParagraph.start - 1 : paragraph.end;
    let speaker = speakerIn(region.end + 1, Math.min(afterEnd, region.end + 120)) ?? speakerIn(beforeStart, Math.max(beforeStart, region.start - 1));
    const isParagraphStart = text.slice(paragraph.start, region.start).trim().length <= 1;
    if (!speaker && isParagraphStart && previous) {
      const isContinuation = previous.region.paragraph === region.paragraph - 1 && previous.region.isOpenAtEnd;
      if (isContinuation) speaker = previous.speaker;
    }
    if (!speaker && isParagraphStart) {
      const previousParagraph = source.paragraphs[region.paragraph - 1];
      if (previousParagraph && !regions.some((other) => other.paragraph === region.paragraph - 1 && other.start <= previousParagraph.start + 2)) {
        speaker = speakerIn(previousParagraph.start, previousParagraph.end);
      } else if (previous && previous.region.paragraph === region.paragraph - 1) {
        speaker = previous.speaker;
      }
    }
    if (!speaker && previous && previous.region.paragraph >= region.paragraph - 2 && isParagraphStart) speaker = previous.speaker;
    // A second quotation in the same paragraph with no verb of its own continues the first's speaker.
    if (!speaker && previousInParagraph && previous?.region === previousInParagraph) speaker = previous.speaker;
    previous = { region, speaker };
    const sentence = sentences.find((item) => item.start <= region.start && region.start < item.end);
    const context = sentence ? sentence.stems : contentStems(text.slice(region.start, region.end));
    for (const span of quoteSentences(text, region)) {
      const words = quoteWords(text.slice(span.start, span.end));
      if (words.length < minimumQuoteWords) continue;
      // A short lower-case phrase in quotation marks with nobody saying it is a scare quote or a name.
      const isFragment = !/^\p{Lu}/u.test(text.slice(span.start, span.start + 1)) || words.length < 6;
      if (!speaker && isFragment && words.length < 8) continue;
      mentions.push({
        sourceId: source.id,
        kind: 'quote',
        start: span.start,
        end: span.end,
        context,
        sentence: text.slice(span.start, span.end),
        words,
        speaker,
      });
    }
  }
  return mentions;
}

export { personKey };
