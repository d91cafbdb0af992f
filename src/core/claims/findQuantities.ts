import { isStopWord, stem } from './contentStems';

/** A number as stated, with what it counts and how exact the source says it is. */
export interface QuantityMention {
  start: number;
  end: number;
  text: string;
  /** The value in base units (3.5bn → 3_500_000_000); an ordinal year ("third year") is its upper end. */
  value: number;
  /** The range the statement allows, from the qualifier ("more than 30" → [30, ∞)). */
  low: number;
  /** Null when the statement sets no upper bound. */
  high: number | null;
  qualifier: string | null;
  currency: string | null;
  /** Unit of measure when not a plain count or money: `day`, `year`, `percent`, … */
  unit: string | null;
  /** The same amount in other currencies as the text gives it: `€800bn (£670bn)`. */
  alternatives: { value: number; currency: string }[];
  /** Stem of what is counted (`soldier`, `country`, `ceasefire`), or null when the text does not say. */
  thing: string | null;
}

const qualifierPattern =
  '(?:(just over|just under|more than|less than|fewer than|up to|at least|at most|as many as|as much as|an estimated|over|about|around|approximately|roughly|nearly|almost|some|under|below|above|into its)\\s+)?';
const currencyPattern = '(US\\$|[£$€¥]|USD\\s?|EUR\\s?|GBP\\s?)?';
const spelledNumbers: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};
const ordinals: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };
const numberPattern = `(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|(?:${Object.keys(ordinals).join('|')}|${Object.keys(spelledNumbers).join('|')})\\b|\\d+(?:st|nd|rd|th))`;
const scalePattern = '(?:\\s?(trillion|billion|million|thousand|bn|tn|m|k)\\b)?';
const unitPattern = '(?:(?:-|\\s)(day|week|month|year|hour|minute|decade|percent|per cent)s?\\b|(%))?';
const quantityPattern = new RegExp(`${qualifierPattern}${currencyPattern}${numberPattern}${scalePattern}${unitPattern}`, 'gi');
/** Every quantity has a digit or a number word; most sentences have neither and skip the full pattern. */
const numberCue = new RegExp(`\\d|(?:${Object.keys(ordinals).join('|')}|${Object.keys(spelledNumbers).join('|')})\\b`, 'i');
const alternativePattern = new RegExp(`^\\s*\\((?:or\\s+)?${currencyPattern}(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)${scalePattern}\\)`, 'i');
const scales: Record<string, number> = { trillion: 1e12, tn: 1e12, billion: 1e9, bn: 1e9, million: 1e6, m: 1e6, thousand: 1e3, k: 1e3 };
const timeUnits = new Set(['day', 'week', 'month', 'year', 'hour', 'minute', 'decade']);
const countStops = new Set(['since', 'through', 'across', 'during', 'than', 'per', 'each', 'every', 'last', 'next', 'this', 'ago', 'after', 'before']);
const verbsAfterCounts = new Set(['sent', 'went', 'took', 'made', 'gave', 'fell', 'rose', 'left', 'came', 'saw', 'got', 'face', 'remain', 'remained']);
const warWords = new Set(['war', 'occupation', 'siege', 'crisis', 'pandemic', 'strike']);

function currencyKey(symbol: string | undefined): string | null {
  const trimmed = (symbol ?? '').trim().toUpperCase();
  if (!trimmed) return null;
  if (trimmed === '$' || trimmed === 'US$' || trimmed === 'USD') return 'USD';
  if (trimmed === '£' || trimmed === 'GBP') return 'GBP';
  if (trimmed === '€' || trimmed === 'EUR') return 'EUR';
  return trimmed === '¥' ? 'JPY' : trimmed;
}

function numeric(word: string): number | null {
  const lower = word.toLowerCase();
  if (spelledNumbers[lower] !== undefined) return spelledNumbers[lower] ?? null;
  const parsed = Number(lower.replace(/,/g, '').replace(/(st|nd|rd|th)$/, ''));
  return Number.isFinite(parsed) ? parsed : null;
}

function interval(value: number, qualifier: string | null, isOrdinal: boolean): [number, number | null] {
  // "into its third year": more than two years, not yet three.
  if (isOrdinal) return [value - 1, value - 0.001];
  switch (qualifier) {
    case 'over': case 'more than': case 'above': case 'at least': case 'just over': case 'as many as': case 'as much as':
      return [value, null];
    case 'under': case 'below': case 'less than': case 'fewer than': case 'up to': case 'at most': case 'just under':
      return [0, value];
    case 'nearly': case 'almost':
      return [value * 0.85, value];
    case 'about': case 'around': case 'approximately': case 'roughly': case 'some': case 'an estimated':
      return [value * 0.85, value * 1.15];
    default:
      return [value * 0.99, value * 1.01];
  }
}

/** The head noun of the words after a number ("Ukrainian troops through" → troop). */
function countedThing(after: string, before: string, unit: string | null, sentence: string, isAdjectivalUnit: boolean): string | null {
  if (unit && timeUnits.has(unit)) {
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

/** Finds amounts, counts, durations and rates in `text[start, end)`, skipping spans in `excluded` (dates). */
export function findQuantities(text: string, start: number, end: number, excluded: readonly { start: number; end: number }[] = []): QuantityMention[] {
  const sentence = text.slice(start, end);
  const found: QuantityMention[] = [];
  if (!numberCue.test(sentence)) return found;
  quantityPattern.lastIndex = 0;
  for (let match = quantityPattern.exec(sentence); match; match = quantityPattern.exec(sentence)) {
    const [whole, qualifierRaw, currencyRaw, numberRaw = '', scaleRaw, unitRaw, percentSign] = match;
    const from = start + match.index;
    let to = from + whole.length;
    const lowerNumber = numberRaw.toLowerCase();
    const isOrdinal = ordinals[lowerNumber] !== undefined || /\d(st|nd|rd|th)$/i.test(numberRaw);
    const isSpelled = /^[a-z]+$/i.test(numberRaw);
    const unit = percentSign ? 'percent' : unitRaw ? unitRaw.toLowerCase().replace('per cent', 'percent') : null;
    const qualifier = qualifierRaw?.toLowerCase() ?? null;
    const before = text.slice(Math.max(start, from - 40), from);
    const currency = currencyKey(currencyRaw);
    if (excluded.some((span) => from < span.end && span.start < to)) continue;
    // Spelled numbers and ordinals are figures only as durations ("three years", "third year").
    if ((isSpelled || isOrdinal) && !(unit && timeUnits.has(unit))) continue;
    if (isOrdinal && qualifier !== 'into its' && !/\bits\s*$/i.test(before)) continue;
    // Part of a name or code ("No 10", "Altius 600m", "COVID-19"), or a bare year.
    if (!currency && !qualifier && /(?:\p{Lu}[\p{L}]*|-)\s?$/u.test(before) && !/[.!?:;]\s*$/.test(before)) continue;
    const baseValue = numeric(ordinals[lowerNumber] !== undefined ? String(ordinals[lowerNumber]) : numberRaw);
    if (baseValue === null) continue;
    if (!currency && !unit && !scaleRaw && baseValue >= 1900 && baseValue <= 2100 && !numberRaw.includes(',')) continue;
    const scale = scaleRaw ? scales[scaleRaw.toLowerCase()] ?? 1 : 1;
    if (scaleRaw && ['m', 'k'].includes(scaleRaw.toLowerCase()) && !currency) continue;
    const value = baseValue * scale;
    const alternatives: QuantityMention['alternatives'] = [];
    const alternative = alternativePattern.exec(text.slice(to, end));
    if (alternative) {
      const alternativeCurrency = currencyKey(alternative[1]);
      const alternativeValue = numeric(alternative[2] ?? '');
      if (alternativeCurrency && alternativeValue !== null) {
        alternatives.push({ value: alternativeValue * (alternative[3] ? scales[alternative[3].toLowerCase()] ?? 1 : 1), currency: alternativeCurrency });
        to += alternative[0].length;
        quantityPattern.lastIndex = to - start;
      }
    }
    const after = text.slice(to, Math.min(end, to + 60));
    const thing = countedThing(after, before, unit, sentence, /-\w+$/.test(whole));
    // The span runs to the counted word when it follows directly ("over 120,000 soldiers").
    if (thing && !currency) {
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
    const [low, high] = interval(value, qualifier === 'into its' ? null : qualifier, isOrdinal);
    found.push({
      start: from,
      end: to,
      text: text.slice(from, to),
      value,
      low,
      high,
      qualifier,
      currency,
      unit: isOrdinal ? 'year' : unit,
      alternatives,
      thing,
    });
  }
  return found;
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
