import { findMeasures } from '../language/quantities/findMeasures';
import type { Measure, MeasureKind } from '../language/quantities/QuantityMention';
import { isStopWord, stem } from './contentStems';
import { quantityFrame, type QuantityFrame } from './frames/quantityFrame';

/** A number as stated, with what it counts and how exact the source says it is. */
export interface QuantityMention {
  start: number;
  end: number;
  text: string;
  /** The value in base units (3.5bn → 3_500_000_000, 6 miles → 9656 m); an ordinal year ("third year") in seconds. */
  value: number;
  /** The range the statement allows, from the qualifier ("more than 30" → [30, ∞)). */
  low: number;
  /** Null when the statement sets no upper bound. */
  high: number | null;
  qualifier: string | null;
  currency: string | null;
  /** Base unit when not a plain count or money: `m`, `kg`, `m2`, `m/s`, `K`, `s`, `percent`, `magnitude`. */
  unit: string | null;
  kind: MeasureKind;
  /** The same amount in other currencies as the text gives it: `€800bn (£670bn)`. */
  alternatives: { value: number; currency: string }[];
  /** Stem of what is counted (`soldier`, `country`, `ceasefire`), or null when the text does not say. */
  thing: string | null;
  /** What the figure measures and whose ("killed" of the event, "age" of "tennant"). */
  frame: QuantityFrame;
}

/** "into its third year": an ordinal year of something still going on. */
const ordinalYearPattern = /\binto its (first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)) year\b/gi;
const ordinals: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };
const yearSeconds = 31_556_926;
const countStops = new Set(['since', 'through', 'across', 'during', 'than', 'per', 'each', 'every', 'last', 'next', 'this', 'ago', 'after', 'before']);
const verbsAfterCounts = new Set(['sent', 'went', 'took', 'made', 'gave', 'fell', 'rose', 'left', 'came', 'saw', 'got', 'face', 'remain', 'remained']);
const warWords = new Set(['war', 'occupation', 'siege', 'crisis', 'pandemic', 'strike']);

/** The head noun of the words after a number ("Ukrainian troops through" → troop). */
function countedThing(after: string, before: string, unit: string | null, sentence: string, isAdjectivalUnit: boolean): string | null {
  if (unit === 's') {
    const event = (sentence.match(/[\p{L}]+/gu) ?? []).map((word) => stem(word)).find((word) => warWords.has(word));
    if (event) return event;
  }
  const words = after.match(/^[\s(]*(?:(?:for|of|in|on)\s+)?((?:[\p{L}-]+\s*){1,4})/u)?.[1]?.split(/\s+/).filter(Boolean) ?? [];
  const run: string[] = [];
  for (const word of words) {
    // A verb ends the noun phrase: "300 soldiers joined", "40 countries sent".
    if (isStopWord(word) || countStops.has(word.toLowerCase()) || (run.length > 0 && (/ed$/i.test(word) || verbsAfterCounts.has(word.toLowerCase())))) break;
    run.push(word);
  }
  // The first plural is the counted noun ("soldier deaths each week" → deaths).
  const plural = run.find((word) => /[^s]s$/i.test(word) && word.length > 3);
  // "a 30-day ceasefire proposal": after a hyphenated unit the first word is what is measured.
  const head = isAdjectivalUnit ? run[0] : plural ?? run.at(-1);
  if (head) return stem(head);
  const previous = (before.match(/[\p{L}]+/gu) ?? []).filter((word) => !isStopWord(word)).at(-1);
  return previous ? stem(previous) : unit;
}

/** A found measure as a claim states it: money by currency, everything else in base units. */
function toMention(measure: Measure, thing: string | null, end: number): Omit<QuantityMention, 'frame'> {
  const isMoney = measure.kind === 'money';
  return {
    start: measure.start,
    end,
    text: '',
    value: measure.value,
    low: measure.low,
    high: measure.high,
    qualifier: measure.qualifier,
    currency: isMoney ? measure.baseUnit : null,
    unit: isMoney ? null : measure.baseUnit,
    kind: measure.kind,
    alternatives: isMoney ? measure.alternatives.map((item) => ({ value: item.value, currency: item.baseUnit ?? '' })) : [],
    thing,
  };
}

/** Finds amounts, counts, durations, measures and rates in `text[start, end)`, skipping spans in `excluded` (dates). */
export function findQuantities(text: string, start: number, end: number, excluded: readonly { start: number; end: number }[] = []): QuantityMention[] {
  const sentence = text.slice(start, end);
  const found: QuantityMention[] = [];
  if (!/\d|[a-z]/i.test(sentence)) return found;
  for (const measure of findMeasures(text, start, end, excluded)) {
    const isSpelled = /^(?:\p{L}+\s+)*[a-z]/iu.test(measure.text.replace(/^\W+/, '')) && !/\d/.test(measure.text);
    // Spelled numbers are figures with a unit ("six miles", "three years") or when they count a
    // measure ("Ten people were killed"); other spelled counts ("one of the") say nothing.
    const isSpelledCount = isSpelled && measure.kind === 'count';
    const before = text.slice(Math.max(start, measure.start - 40), measure.start);
    // Part of a name or code ("No 10", "Altius 600m"), unless the sentence just ended.
    if (!measure.qualifier && measure.kind !== 'money' && /(?:\p{Lu}[\p{L}]*|-)\s?$/u.test(before) && !/[.!?:;]\s*$/.test(before)) continue;
    let to = measure.end;
    const after = text.slice(to, Math.min(end, to + 60));
    const isAdjectivalUnit = /-\p{L}+$/u.test(measure.text);
    const thing = countedThing(after, before, measure.kind === 'duration' ? 's' : measure.baseUnit, sentence, isAdjectivalUnit);
    // The span runs to the counted word when it follows directly ("over 120,000 soldiers").
    if (thing && measure.kind !== 'money') {
      const following = /^(\s+[\p{L}-]+){1,3}/u.exec(after)?.[0] ?? '';
      let consumed = 0;
      for (const word of following.matchAll(/\s+([\p{L}-]+)/gu)) {
        consumed += word[0].length;
        if (stem(word[1] ?? '') === thing) {
          to += consumed;
          break;
        }
      }
    }
    const mention = { ...toMention(measure, thing, to), text: text.slice(measure.start, to) };
    const frame = quantityFrame(text, start, end, mention);
    // "seven villages", "two guards": a spelled number right before the plural it counts.
    const countsPlural = thing !== null && to > measure.end && /[^s]s$/i.test(text.slice(measure.end, to).trim());
    if (isSpelledCount && (frame.isNamed ? frame.attribute === 'age' : !countsPlural)) continue;
    found.push(frame.attribute === 'age' ? inYears({ ...mention, frame }) : { ...mention, frame });
  }
  ordinalYearPattern.lastIndex = 0;
  for (let match = ordinalYearPattern.exec(sentence); match; match = ordinalYearPattern.exec(sentence)) {
    const from = start + match.index;
    const to = from + match[0].length;
    if (found.some((mention) => from < mention.end && mention.start < to)) continue;
    const word = (match[1] ?? '').toLowerCase();
    const years = ordinals[word] ?? Number(word.replace(/\D/g, ''));
    const before = text.slice(Math.max(start, from - 40), from);
    // "into its third year": more than two years, not yet three.
    const thing = countedThing('', before, 's', sentence, false);
    found.push({
      start: from, end: to, text: match[0], value: years * yearSeconds, low: (years - 1) * yearSeconds, high: (years - 0.001) * yearSeconds,
      qualifier: 'into its', currency: null, unit: 's', kind: 'duration', alternatives: [], thing,
      frame: { attribute: thing ?? 'duration', subject: null, isNamed: false },
    });
  }
  found.push(...findVagueCounts(text, start, end, found));
  return found.sort((first, second) => first.start - second.start);
}

/** An age in years, however written: "Ana Ruiz, 34" (a bare number) and "34-year-old Ana Ruiz" (a duration) are one age. */
function inYears(mention: QuantityMention): QuantityMention {
  const factor = mention.kind === 'duration' ? yearSeconds : 1;
  return { ...mention, kind: 'duration', unit: 'year', value: mention.value / factor, low: mention.low / factor, high: mention.high === null ? null : mention.high / factor };
}

/** "dozens of", "scores of", "hundreds of", "thousands of": at least two of the unit, no upper bound. */
const vagueCountPattern = /\b(dozens|scores|hundreds|thousands|millions)\s+of\b/gi;
const vagueUnits: Record<string, number> = { dozens: 12, scores: 20, hundreds: 100, thousands: 1000, millions: 1_000_000 };

/**
 * Plural round numbers as figures, only where they count a measure ("dozens of people were
 * injured"): elsewhere ("dozens of villages") they say too little to be a claim.
 */
function findVagueCounts(text: string, start: number, end: number, found: readonly QuantityMention[]): QuantityMention[] {
  const vague: QuantityMention[] = [];
  const sentence = text.slice(start, end);
  vagueCountPattern.lastIndex = 0;
  for (let match = vagueCountPattern.exec(sentence); match; match = vagueCountPattern.exec(sentence)) {
    const from = start + match.index;
    let to = from + match[0].length;
    if (found.some((mention) => from < mention.end && mention.start < to)) continue;
    const word = (match[1] ?? '').toLowerCase();
    const unit = vagueUnits[word] ?? 1;
    const after = text.slice(to, Math.min(end, to + 60));
    const thing = countedThing(after, '', null, sentence, false);
    const following = /^\s+[\p{L}-]+/u.exec(after)?.[0] ?? '';
    if (thing && stem(following.trim()) === thing) to += following.length;
    const mention = {
      start: from, end: to, text: text.slice(from, to), value: 2 * unit, low: 2 * unit, high: null, qualifier: word,
      currency: null, unit: null, kind: 'count' as const, alternatives: [], thing,
    };
    const frame = quantityFrame(text, start, end, mention);
    if (frame.isNamed) vague.push({ ...mention, frame });
  }
  return vague;
}

/** Why two statements of one quantity cannot both hold, or null when their ranges meet. */
export function quantityConflict(first: QuantityValue, second: QuantityValue): string | null {
  const comparable = (mention: QuantityValue, currency: string | null): [number, number | null] | null => {
    if (mention.currency === currency) return [mention.low, mention.high];
    const alternative = mention.alternatives.find((item) => item.currency === currency);
    if (!alternative) return null;
    const ratio = alternative.value / mention.value;
    return [mention.low * ratio, mention.high === null ? null : mention.high * ratio];
  };
  const secondRange = comparable(second, first.currency);
  if (!secondRange) return null;
  const [secondLow, secondHigh] = secondRange;
  const isFirstBelow = first.high !== null && first.high < secondLow;
  const isSecondBelow = secondHigh !== null && secondHigh < first.low;
  return isFirstBelow || isSecondBelow ? `"${first.text}" vs "${second.text}"` : null;
}

/** A quantity without its position, as a stored mention keeps it. */
export type QuantityValue = Omit<QuantityMention, 'start' | 'end'>;
