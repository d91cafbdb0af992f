import type { EntitySpan, EntityType } from './parseConll';
import { entityTypes } from './parseConll';
import type { NerModel } from './NerModel';
import learnedModel from './nerModel.json';

const defaultModel = learnedModel as NerModel;
const longestGazetteerEntry = 6;
const outsideIndex = 8;

/** A compiled model: the JSON plus the lookups built from it once. */
interface CompiledModel {
  model: NerModel;
  /** First token of known names → the most tokens any known name starting with it has, so most tokens skip the lookup. */
  longestFrom: Map<string, number>;
  entities: Map<string, number>;
  lowercase: Set<string>;
  typePrior: number[];
}

const compiled = new WeakMap<NerModel, CompiledModel>();

function compile(model: NerModel): CompiledModel {
  const cached = compiled.get(model);
  if (cached) return cached;
  const prior = [0, 0, 0, 0];
  for (const counts of Object.values(model.tokens)) {
    for (let type = 0; type < 4; type += 1) prior[type] = (prior[type] ?? 0) + (counts[type * 2] ?? 0);
  }
  const total = prior.reduce((sum, count) => sum + count, 0) || 1;
  const longestFrom = new Map<string, number>();
  for (const entity of Object.keys(model.entities)) {
    const words = entity.split(' ');
    const first = words[0] ?? '';
    longestFrom.set(first, Math.max(longestFrom.get(first) ?? 0, words.length));
  }
  const result = {
    model,
    longestFrom,
    entities: new Map(Object.entries(model.entities)),
    lowercase: new Set(model.lowercase),
    typePrior: prior.map((count) => (count + 1) / (total + 4)),
  };
  compiled.set(model, result);
  return result;
}

function isCapitalised(token: string): boolean {
  // Same as /^[A-Z\u00C0-\u00DE]/ without a regular expression per token.
  const code = token.charCodeAt(0);
  return (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde);
}

const sentenceStartPattern = /^[.!?:;"“‘'(\-–—]+$/;
const letterPattern = /[A-Za-z]/;

/** Tokens that open a sentence or a quotation, after which capitals say nothing. */
function isSentenceStart(tokens: readonly string[], index: number): boolean {
  if (index === 0) return true;
  const previous = tokens[index - 1] ?? '';
  return sentenceStartPattern.test(previous);
}

function isEntityCandidate(tokens: readonly string[], index: number, model: CompiledModel): boolean {
  const token = tokens[index] ?? '';
  if (!isCapitalised(token)) return false;
  const counts = model.model.tokens[token];
  if (counts) {
    const outside = counts[outsideIndex] ?? 0;
    const inside = counts.reduce((sum, count) => sum + count, 0) - outside;
    return (inside + 0.5) / (inside + outside + 1) >= 0.5;
  }
  const lower = token.toLowerCase();
  const isAllCaps = token.length > 1 && token === token.toUpperCase();
  if (model.lowercase.has(lower) && (isSentenceStart(tokens, index) || isAllCaps)) return false;
  return letterPattern.test(token);
}

function gazetteerMatch(tokens: readonly string[], start: number, model: CompiledModel): EntitySpan | undefined {
  const first = tokens[start] ?? '';
  if (!isCapitalised(first)) return undefined;
  const longest = model.longestFrom.get(first);
  if (longest === undefined) return undefined;
  // Longest match first; no known name is longer than `longest` tokens, so longer spans cannot match.
  const last = Math.min(tokens.length, start + longestGazetteerEntry, start + longest);
  const keys: string[] = [first];
  for (let end = start + 2; end <= last; end += 1) keys.push(`${keys[keys.length - 1] ?? ''} ${tokens[end - 1] ?? ''}`);
  for (let end = last; end > start; end -= 1) {
    const type = model.entities.get(keys[end - start - 1] ?? '');
    if (type !== undefined) {
      const entityType = entityTypes[type];
      if (entityType) return { start, end, type: entityType };
    }
  }
  return undefined;
}

/** Per-sentence memo of the two per-token questions the recogniser asks more than once. */
class TokenFacts {
  private readonly candidates: Int8Array;
  private readonly matches: (EntitySpan | null | undefined)[];
  constructor(private readonly tokens: readonly string[], private readonly model: CompiledModel) {
    this.candidates = new Int8Array(tokens.length);
    this.matches = new Array<EntitySpan | null | undefined>(tokens.length);
  }
  isCandidate(index: number): boolean {
    if (index >= this.tokens.length) return false;
    const known = this.candidates[index];
    if (known) return known === 1;
    const answer = isEntityCandidate(this.tokens, index, this.model);
    this.candidates[index] = answer ? 1 : 2;
    return answer;
  }
  gazetteer(index: number): EntitySpan | undefined {
    if (index >= this.tokens.length) return undefined;
    const known = this.matches[index];
    if (known !== undefined) return known ?? undefined;
    const match = gazetteerMatch(this.tokens, index, this.model);
    this.matches[index] = match ?? null;
    return match;
  }
}

function typeSpan(tokens: readonly string[], start: number, end: number, compiledModel: CompiledModel): EntityType {
  const { model, typePrior } = compiledModel;
  const scores = typePrior.map((probability) => Math.log(probability));
  const previous = model.previous[(tokens[start - 1] ?? '').toLowerCase()];
  if (previous) {
    const total = previous.reduce((sum, count) => sum + count, 0);
    for (let type = 0; type < 4; type += 1) scores[type] = (scores[type] ?? 0) + Math.log(((previous[type] ?? 0) + 0.5) / (total + 2));
  }
  for (let index = start; index < end; index += 1) {
    const token = tokens[index] ?? '';
    const counts = model.tokens[token];
    const position = index === start ? 0 : 1;
    if (counts) {
      const total = counts.reduce((sum, count) => sum + count, 0);
      for (let type = 0; type < 4; type += 1) {
        const seen = (counts[type * 2 + position] ?? 0) + 0.3 * (counts[type * 2 + 1 - position] ?? 0);
        scores[type] = (scores[type] ?? 0) + Math.log((seen + 0.1) / (total + 0.4));
      }
      continue;
    }
    const suffix = model.suffixes[token.slice(-3).toLowerCase()];
    if (suffix) {
      const total = suffix.slice(0, 4).reduce((sum, count) => sum + count, 0);
      for (let type = 0; type < 4; type += 1) scores[type] = (scores[type] ?? 0) + Math.log(((suffix[type] ?? 0) + 0.5) / (total + 2));
    }
  }
  let best = 0;
  scores.forEach((score, type) => {
    if (score > (scores[best] ?? -Infinity)) best = type;
  });
  return entityTypes[best] ?? 'MISC';
}

/**
 * Finds people, organisations, places and other names in a token sequence: whole names the
 * training data knew first (longest match), then runs of capitalised tokens typed by the
 * learned token, suffix and left-context statistics.
 */
export function recogniseEntities(tokens: readonly string[], model: NerModel = defaultModel): EntitySpan[] {
  const compiledModel = compile(model);
  const facts = new TokenFacts(tokens, compiledModel);
  const spans: EntitySpan[] = [];
  let index = 0;
  while (index < tokens.length) {
    const known = facts.gazetteer(index);
    // A one-word known name followed by more capitalised words is the start of a longer,
    // unknown name ("Michael" + "Smith"): let the run below take it whole.
    const isLongerName =
      known !== undefined && known.end - known.start === 1 && facts.isCandidate(known.end) &&
      (facts.gazetteer(known.end)?.end ?? known.end + 1) - known.end <= 1 &&
      facts.isCandidate(index);
    if (known && !isLongerName) {
      spans.push({ ...known });
      index = known.end;
      continue;
    }
    if (!facts.isCandidate(index)) {
      index += 1;
      continue;
    }
    let end = index + 1;
    while (end < tokens.length && facts.isCandidate(end)) {
      const next = facts.gazetteer(end);
      // A known multi-word name starts here: it is a separate entity, not a continuation.
      if (next && next.end - next.start > 1) break;
      end += 1;
    }
    spans.push({ start: index, end, type: typeSpan(tokens, index, end, compiledModel) });
    index = end;
  }
  return spans;
}
