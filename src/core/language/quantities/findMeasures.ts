import { findDateMentions } from '../dates/findDateMentions';
import type { Measure, MeasureKind } from './QuantityMention';
import { qualifiedRange, qualifierSource } from './qualifiedRange';
import { numberSource, readNumber, scales } from './readNumber';
import { readUnit } from './readUnit';

// Numbers with what they measure, in `text[start, end)`: "10 kilometres (6 miles)", "a 6.1
// magnitude quake", "£3.5bn", "more than 30 per cent", "six miles", "a dozen people". Units are
// read and converted by js-quantities (readUnit); this file finds where a number and its unit
// are written.

const numberPattern = new RegExp(`(?<![\\p{L}\\d.,:/-])${numberSource}(?![\\d])`, 'giu');
const qualifierBefore = new RegExp(`\\b(${qualifierSource.slice(1, -1)}|between)\\s+(?:of\\s+)?$`, 'i');
const currencyBefore = /(US\$|NZ\$|A\$|C\$|HK\$|S\$|R\$|\$|£|€|¥|₹|\b(?:USD|EUR|GBP|JPY|CNY|INR|CHF|AUD|CAD|RUB|Rs\.?)\s?)$/;
const currencyCodes: Record<string, string> = {
  $: 'USD', US$: 'USD', NZ$: 'NZD', A$: 'AUD', C$: 'CAD', HK$: 'HKD', S$: 'SGD', R$: 'BRL', '£': 'GBP', '€': 'EUR', '¥': 'JPY', '₹': 'INR', RS: 'INR', 'RS.': 'INR',
};
const currencyWords: Record<string, string> = {
  euro: 'EUR', euros: 'EUR', dollar: 'USD', dollars: 'USD', 'us dollars': 'USD', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', rupee: 'INR', rupees: 'INR',
  peso: 'MXN', pesos: 'MXN', rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB', franc: 'CHF', francs: 'CHF', pound: 'GBP', pounds: 'GBP', sterling: 'GBP',
  dinar: 'IQD', dinars: 'IQD', riyal: 'SAR', riyals: 'SAR', shekel: 'ILS', shekels: 'ILS', naira: 'NGN', rand: 'ZAR', lira: 'TRY',
};
const percentAfter = /^\s?(%|per\s?cent\b|percent\b|percentage points?\b)/i;
const magnitudeBefore = /\b(?:magnitude(?:\s+(?:of|at|was|is|measured))?|Mw|M)[\s-]?$/;
const magnitudeAfter = /^(?:-|\s)(?:magnitude\b|on the Richter scale\b|on the Richter\b)/i;
const clockAfter = /^(?::\d|\s?[ap]\.?m\b|\s?(?:GMT|UTC|BST|EST|EDT|PST|PDT|CET|CEST|IST)\b|\s?hours?\s+GMT|(?:st|nd|rd|th)\b|\/\d|\.\d|-\d{2}-)/i;
const rangeAfter = new RegExp(`^\\s?(?:-|–|to|and)\\s?${numberSource}`, 'i');
const unitWords = /^(?:\s|-)?((?:°\s?[CF]\b)|(?:[\p{L}²/]+(?:\s+[\p{L}²/]+){0,3}))/u;
/** Unit names of more than one word: "square miles", "nautical miles", "degrees Celsius", "miles per hour", "km / h". */
const multiWordUnit = /^(?:sq\.?|square|cubic|nautical|degrees?)\s|\s(?:per|an|a)\s(?:hour|second)$|^\S+\s\/\s\S+$/i;
/** "77m euros", "3bn dollars": a scale letter, then the currency. */
const scaledCurrencyAfter = /^(m|mn|bn|k|tn)?\s?(euros?|dollars?|pounds|yen|yuan|rupees?|pesos?|roubles?|rubles?|francs?|dinars?|riyals?|shekels?)\b/i;
const bracketAfter = /^\s*\((?:or\s+|about\s+|around\s+|some\s+|roughly\s+|approximately\s+)?/i;

/**
 * Physical measures are written rounded, often after a conversion ("60km", "35 miles" of one
 * distance): a bare figure stands for anything that rounds to it at its last significant digit.
 * Counts and money stay as stated.
 */
const roundedKinds = new Set<MeasureKind>(['length', 'mass', 'area', 'speed', 'temperature', 'duration']);

function roundedRange(stated: number): [number, number] {
  const [low, high = stated] = qualifiedRange(stated, null);
  if (!Number.isInteger(stated) || stated === 0) return [low, high ?? stated];
  let place = 1;
  while (stated % (place * 10) === 0) place *= 10;
  const half = place / 2;
  return [Math.min(low, stated - half), Math.max(high ?? stated, stated + half)];
}

interface Read {
  kind: MeasureKind;
  statedUnit: string | null;
  baseUnit: string | null;
  toBase: (value: number) => number;
  /** Characters of unit text after the number. */
  length: number;
  /** Characters of prefix text (currency, "magnitude") before the number. */
  prefix: number;
}

const identity = (value: number): number => value;

/** What the number at `numberStart` measures, from the words before and after it. */
function readMeasure(text: string, numberStart: number, numberEnd: number, scale: number, end: number): Read {
  const before = text.slice(Math.max(0, numberStart - 24), numberStart);
  const after = text.slice(numberEnd, Math.min(end, numberEnd + 40));
  const currency = currencyBefore.exec(before);
  if (currency?.[1]) {
    const code = currencyCodes[currency[1].trim().toUpperCase()] ?? currency[1].trim().toUpperCase();
    const million = scale === 1 ? /^(m|bn|k|tn)\b/i.exec(after) : null;
    const factor = million ? scales[(million[1] ?? '').toLowerCase()] ?? 1 : 1;
    return { kind: 'money', statedUnit: currency[1].trim(), baseUnit: code, toBase: (value) => value * factor, length: million?.[0].length ?? 0, prefix: currency[1].length };
  }
  const percent = percentAfter.exec(after);
  if (percent?.[1]) {
    const isPoints = /points?$/i.test(percent[1]);
    return { kind: 'percent', statedUnit: percent[1], baseUnit: isPoints ? 'percentage point' : 'percent', toBase: identity, length: percent[0].length, prefix: 0 };
  }
  const magnitude = magnitudeBefore.exec(before);
  const magnitudeNext = magnitudeAfter.exec(after);
  if (magnitude || magnitudeNext) {
    return { kind: 'magnitude', statedUnit: 'magnitude', baseUnit: 'magnitude', toBase: identity, length: magnitudeNext?.[0].length ?? 0, prefix: magnitude?.[0].length ?? 0 };
  }
  const scaledCurrency = scaledCurrencyAfter.exec(after);
  if (scaledCurrency?.[1] && scaledCurrency[2]) {
    const factor = scales[scaledCurrency[1].toLowerCase()] ?? 1;
    const code = currencyWords[scaledCurrency[2].toLowerCase()] ?? scaledCurrency[2];
    return { kind: 'money', statedUnit: scaledCurrency[2], baseUnit: code, toBase: (value) => value * factor, length: scaledCurrency[0].length, prefix: 0 };
  }
  const words = unitWords.exec(after);
  if (words?.[1]) {
    const parts = words[1].split(/\s+/);
    for (let count = Math.min(parts.length, 4); count >= 1; count--) {
      const written = parts.slice(0, count).join(' ');
      if (count > 1 && !multiWordUnit.test(written)) continue;
      const moneyWord = currencyWords[written.toLowerCase()];
      // "pounds" is money in "93.6 billion pounds", weight in "200 pounds".
      if (moneyWord && (moneyWord !== 'GBP' || scale > 1 || written.toLowerCase() === 'sterling')) {
        return { kind: 'money', statedUnit: written, baseUnit: moneyWord, toBase: identity, length: words[0].indexOf(written) + written.length, prefix: 0 };
      }
      const unit = readUnit(written);
      if (unit) return { ...unit, statedUnit: written, length: words[0].indexOf(written) + written.length, prefix: 0 };
    }
  }
  return { kind: 'count', statedUnit: null, baseUnit: null, toBase: identity, length: 0, prefix: 0 };
}

/**
 * Finds measures in `text[start, end)`, skipping numbers inside `excluded` spans (dates and
 * times) and numbers that are clock times, ordinals, years or parts of names and codes.
 */
export function findMeasures(
  text: string,
  start = 0,
  end = text.length,
  excluded: readonly { start: number; end: number }[] = findDateMentions(text, start, end, null),
): Measure[] {
  const measures: Measure[] = [];
  const range = text.slice(start, end);
  numberPattern.lastIndex = 0;
  for (let match = numberPattern.exec(range); match; match = numberPattern.exec(range)) {
    const numberStart = start + match.index;
    const numberEnd = numberStart + match[0].length;
    if (excluded.some((span) => numberStart < span.end && span.start < numberEnd)) continue;
    if (measures.some((measure) => numberStart < measure.end)) continue;
    const afterNumber = text.slice(numberEnd, Math.min(end, numberEnd + 12));
    if (clockAfter.test(afterNumber)) continue;
    const written = readNumber(match[1] ?? '');
    if (written === null) continue;
    const scale = match[2] ? scales[match[2].toLowerCase()] ?? 1 : 1;
    let read = readMeasure(text, numberStart, numberEnd, scale, end);
    let rangeHigh: number | null = null;
    let scaleOverride: number | null = null;
    let measureEnd = numberEnd + read.length;
    // "between 3% and 3.5%", "between 1.1 and 1.5 million": the second number closes the range.
    if (/\bbetween\s+(?:[$£€¥]|[A-Z]{3}\s)?$/i.test(text.slice(Math.max(start, numberStart - 14), numberStart))) {
      const rangeMatch = new RegExp(`^\\s?(?:and)\\s?(?:[$£€¥])?${numberSource}`, 'i').exec(text.slice(measureEnd, Math.min(end, measureEnd + 30)));
      const second = rangeMatch ? readNumber(rangeMatch[1] ?? '') : null;
      if (rangeMatch && second !== null) {
        const secondEnd = measureEnd + rangeMatch[0].length;
        const secondScale = rangeMatch[2] ? scales[rangeMatch[2].toLowerCase()] ?? 1 : scale;
        const secondRead = readMeasure(text, secondEnd, secondEnd, secondScale, end);
        if (read.kind === 'count' || secondRead.kind === read.kind) {
          if (read.kind === 'count') read = secondRead;
          rangeHigh = second * secondScale;
          if (read.kind === 'count' && !match[2] && rangeMatch[2]) scaleOverride = secondScale;
          measureEnd = secondEnd + secondRead.length;
        }
      }
    }
    // "10 to 15 kilometres", "6-8 miles": the unit after the second number is the first's too.
    if (read.kind === 'count' && rangeHigh === null) {
      const rangeMatch = rangeAfter.exec(text.slice(numberEnd, Math.min(end, numberEnd + 30)));
      const second = rangeMatch ? readNumber(rangeMatch[1] ?? '') : null;
      if (rangeMatch && second !== null && second > written) {
        const secondEnd = numberEnd + rangeMatch[0].length;
        const secondRead = readMeasure(text, secondEnd - (rangeMatch[1]?.length ?? 0), secondEnd, scale, end);
        if (secondRead.kind !== 'count') {
          read = secondRead;
          rangeHigh = second * (rangeMatch[2] ? scales[rangeMatch[2].toLowerCase()] ?? 1 : scale);
          measureEnd = secondEnd + secondRead.length;
        }
      }
    }
    const isWords = /^[a-z]/i.test(match[1] ?? '');
    const wordBefore = text.slice(Math.max(start, numberStart - 30), numberStart);
    const isMidSentence = /[\p{L},]\s+$/u.test(wordBefore);
    // "Six Feet Under", "Interstate 75", "Apollo 11": a capitalised number word, or a bare
    // number after a capitalised word, inside a sentence is part of a name.
    if (isWords && /^[A-Z]/.test(match[1] ?? '') && isMidSentence) continue;
    if (read.kind === 'count' && /[a-z]\s+\p{Lu}[\p{L}]*\s$/u.test(wordBefore) && !qualifierBefore.test(wordBefore)) continue;
    if (read.kind === 'count' && !isWords && !match[2] && written >= 1900 && written <= 2100 && !(match[1] ?? '').includes(',')) continue;
    const stated = written * (scaleOverride ?? scale);
    const measureStart = numberStart - read.prefix;
    const before = text.slice(Math.max(start, measureStart - 24), measureStart);
    const qualifier = qualifierBefore.exec(before);
    const qualifierText = qualifier?.[1]?.toLowerCase() ?? null;
    const from = qualifier ? measureStart - qualifier[0].length : measureStart;
    const value = read.toBase(stated);
    const [lowStated, highStated] = rangeHigh !== null
      ? [stated, rangeHigh]
      : !qualifierText && roundedKinds.has(read.kind) ? roundedRange(stated) : qualifiedRange(stated, qualifierText === 'between' ? null : qualifierText);
    const measure: Measure = {
      start: from,
      end: measureEnd,
      text: text.slice(from, measureEnd),
      kind: read.kind,
      statedValue: stated,
      statedUnit: read.statedUnit,
      value,
      low: read.toBase(lowStated),
      high: highStated === null ? null : read.toBase(highStated),
      qualifier: qualifierText,
      baseUnit: read.baseUnit,
      alternatives: [],
    };
    addBracketedAlternative(text, measure, end);
    measures.push(measure);
    numberPattern.lastIndex = measure.end - start;
  }
  return measures;
}

/** "10 kilometres (6 miles)", "€800bn (£670bn)": the bracketed restatement joins the measure. */
function addBracketedAlternative(text: string, measure: Measure, end: number): void {
  if (measure.kind === 'count') return;
  const opening = bracketAfter.exec(text.slice(measure.end, Math.min(end, measure.end + 20)));
  if (!opening) return;
  const innerStart = measure.end + opening[0].length;
  const close = text.indexOf(')', innerStart);
  if (close < 0 || close - innerStart > 40) return;
  const [inner] = findMeasures(text, innerStart, close, []);
  if (!inner || inner.start !== innerStart || inner.end !== close) return;
  const isSameMeasure = inner.kind === measure.kind || (inner.kind === 'money' && measure.kind === 'money');
  if (!isSameMeasure) return;
  measure.alternatives.push({ value: inner.value, baseUnit: inner.baseUnit, text: inner.text });
  measure.end = close + 1;
  measure.text = text.slice(measure.start, measure.end);
}
