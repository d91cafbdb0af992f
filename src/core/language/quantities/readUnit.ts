import Qty from 'js-quantities';
import type { MeasureKind } from './QuantityMention';

// Units of measure as written in news text, read and converted by js-quantities. The library
// knows the units and their aliases; this file only rewrites the spellings it lacks ("sq km",
// "km²", "metres", "degrees Celsius", "nautical miles", "months") into ones it reads.

export interface Unit {
  kind: MeasureKind;
  baseUnit: string;
  toBase: (value: number) => number;
}

const kindsByLibraryKind: Record<string, MeasureKind> = {
  length: 'length', mass: 'mass', area: 'area', speed: 'speed', time: 'duration', temperature: 'temperature',
};
const baseUnits: Record<string, string> = { length: 'm', mass: 'kg', area: 'm2', speed: 'm/s', duration: 's', temperature: 'K' };

/** Aliases the library reads that in prose are words or other things ("in", "s" of 1990s, "point"). */
const ambiguousAliases = new Set(['in', 's', 'd', 'y', 'h', 't', 'u', 'z', 'g', 'st', 'pt', 'point', 'points', 'ct', 'gr', 'dr', 'rd', 'pc', 'ls', 'mil', 'kt', 'kn', 'tn', 'ang', 'min', 'sec']);

function rewrite(written: string): string {
  let unit = written.toLowerCase().replace(/\s+/g, ' ').replace(/metre/g, 'meter').replace(/kilometer s$/, 'kilometers');
  unit = unit.replace(/^(?:sq\.?|square) (.+)$/, '$1^2').replace(/^(\w+?)(?:2|²)$/, '$1^2');
  unit = unit.replace(/^(?:°|º|degrees? )?(celsius|centigrade|c)$/, 'tempC').replace(/^(?:°|º|degrees? )?(fahrenheit|f)$/, 'tempF');
  unit = unit.replace(/^nautical miles?$/, 'nmi').replace(/^(kilometers|miles|km|kms) (?:per|an|a) hour$/, '$1/h').replace(/^kmh$|^km\/hr?$/, 'km/h');
  unit = unit.replace(/^hectares$/, 'hectare').replace(/^tonnes$/, 'tonne').replace(/^tons$/, 'ton').replace(/^kms$/, 'km');
  return unit.replace(/^(\w+)s\^2$/, '$1^2');
}

const cache = new Map<string, Unit | null>();

/** The unit `written` names, or null when it is not a unit of a kind the layer measures. */
export function readUnit(written: string): Unit | null {
  const key = written.toLowerCase();
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const unit = readLibraryUnit(written);
  cache.set(key, unit);
  return unit;
}

function readLibraryUnit(written: string): Unit | null {
  if (ambiguousAliases.has(written.toLowerCase()) && written !== 'h') return null;
  const rewritten = rewrite(written);
  // A month is a twelfth of a year; the library has no month.
  if (/^months?$/.test(rewritten)) return { kind: 'duration', baseUnit: 's', toBase: (value) => (value * yearSeconds) / 12 };
  const parsed = parse(`1 ${rewritten}`) ?? parse(`1 ${rewritten.replace(/s$/, '')}`);
  if (!parsed) return null;
  const kind = kindsByLibraryKind[parsed.kind()];
  if (!kind) return null;
  const libraryUnit = parsed.units();
  if (kind === 'temperature') {
    if (!libraryUnit.startsWith('temp')) return null;
    return { kind, baseUnit: 'K', toBase: (value) => Qty(value, libraryUnit).to('tempK').scalar };
  }
  const factor = parsed.toBase().scalar;
  return { kind, baseUnit: baseUnits[kind] ?? parsed.toBase().units(), toBase: (value) => value * factor };
}

const yearSeconds = Qty('1 year').toBase().scalar;

function parse(text: string): Qty | null {
  try {
    return Qty.parse(text);
  } catch {
    return null;
  }
}
