import { recogniseEntities } from './ner/recogniseEntities';
import { isOfficeHead, isRoleWord } from './roleVocabulary';
import { tokenizeWithOffsets } from './tokenizeWithOffsets';
import type { Token } from './tokenizeWithOffsets';

/** A person named in the text, with the role stated right next to the name, if any. */
export interface PersonMention {
  /** The name without honorifics: `Jane Doe`, `Doe`. */
  name: string;
  /** Normalised identity: the surname in lower case (`lammy`), so every form of a name meets. */
  key: string;
  start: number;
  end: number;
  role: { text: string; start: number; end: number } | null;
}

export interface NamedEntity {
  text: string;
  type: 'PER' | 'ORG' | 'LOC' | 'MISC';
  start: number;
  end: number;
}

const honorifics = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'mr.', 'mrs.', 'ms.', 'dr.']);
const nameParticles = new Set(['von', 'van', 'der', 'den', 'de', 'la', 'le', 'da', 'di', 'du', 'bin', 'al', 'el', 'ibn']);
const nonNames = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'the', 'a', 'an',
  'he', 'she', 'they', 'it', 'this', 'that', 'but', 'and', 'in', 'on', 'at', 'as',
]);

const upperStartPattern = /^\p{Lu}/u;
const letterPattern = /\p{L}/u;
const isCapitalised = (word: string): boolean => {
  // ASCII answers without the Unicode regular expression; anything else asks it.
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return upperStartPattern.test(word);
};

export function personKey(name: string): string {
  const words = name.split(/\s+/).filter((word) => !honorifics.has(word.toLowerCase()));
  return (words.at(-1) ?? name).toLowerCase().replace(/[’']s$/, '');
}

// Whether a word can be part of a name depends on the word alone: asked once per word form.
const maxCachedWords = 100_000;
const nameWordCache = new Map<string, boolean>();

function isNameWord(token: Token | undefined): boolean {
  if (!token) return false;
  // Most tokens start with a lower-case letter, a digit or punctuation: no name, no lookup.
  const code = token.text.charCodeAt(0);
  if (code < 128 && !(code >= 65 && code <= 90)) return false;
  const cached = nameWordCache.get(token.text);
  if (cached !== undefined) return cached;
  const answer = isNameWordText(token.text);
  if (nameWordCache.size >= maxCachedWords) nameWordCache.clear();
  nameWordCache.set(token.text, answer);
  return answer;
}

function isNameWordText(text: string): boolean {
  if (!isCapitalised(text)) return false;
  const lower = text.toLowerCase();
  // Words in capitals longer than initials ("NATO", "UNESCO") are acronyms, not names.
  const isAcronym = text.length > 2 && text === text.toUpperCase();
  return !isAcronym && !nonNames.has(lower) && !honorifics.has(lower) && !isRoleWord(text) && letterPattern.test(text);
}

/** Extends a name from `index` over capitalised words and inner particles ("Ursula von der Leyen"). */
function nameRunEnd(tokens: readonly Token[], index: number): number {
  let end = index;
  while (end < tokens.length) {
    const token = tokens[end];
    if (isNameWord(token)) {
      end += 1;
      continue;
    }
    let afterParticles = end;
    while (afterParticles < tokens.length && nameParticles.has(tokens[afterParticles]?.text ?? '')) afterParticles += 1;
    if (token && afterParticles > end && end > index && isNameWord(tokens[afterParticles])) {
      end = afterParticles;
      continue;
    }
    break;
  }
  return end;
}

/** Role words right before the name (`former US President`), or an appositive (`chief, Jane Doe`). */
function roleBefore(tokens: readonly Token[], nameStart: number, entityTypeAt: (index: number) => string | undefined): number | null {
  let index = nameStart - 1;
  while (index >= 0 && honorifics.has((tokens[index]?.text ?? '').toLowerCase())) index -= 1;
  if (tokens[index]?.text === ',') {
    // An appositive ("the agency's chief, Jane Doe") counts only if an office
    // word stands among the role words just before the comma.
    let probe = index - 1;
    let hasOfficeBeforeComma = false;
    while (probe >= 0 && isRoleWord(tokens[probe]?.text ?? '') || (probe >= 0 && isCapitalised(tokens[probe]?.text ?? '') && entityTypeAt(probe) !== 'PER')) {
      if (isOfficeHead(tokens[probe]?.text ?? '')) hasOfficeBeforeComma = true;
      probe -= 1;
    }
    if (!hasOfficeBeforeComma) return null;
    index -= 1;
  }
  let start: number | null = null;
  let hasOffice = false;
  while (index >= 0) {
    const token = tokens[index];
    if (!token) break;
    const word = token.text;
    const isJurisdiction = isCapitalised(word) && !isRoleWord(word) && entityTypeAt(index) !== 'PER' && !nonNames.has(word.toLowerCase());
    if (!(isRoleWord(word) || isJurisdiction || word === ',')) break;
    if (word === ',') {
      // A comma only belongs to a role as the appositive comma handled above.
      break;
    }
    if (isOfficeHead(word)) hasOffice = true;
    if (hasOffice || isOfficeHead(word)) start = index;
    else if (start !== null) start = index;
    index -= 1;
  }
  if (!hasOffice || start === null) return null;
  // Leading function words are not part of the role as stated.
  while (start < nameStart && /^(of|for|and|,)$/i.test(tokens[start]?.text ?? '')) start += 1;
  return start;
}

const titleWordPattern = /^(minister|secretary|chief|president)$/i;

function isAfterTitle(previous: string): boolean {
  return honorifics.has(previous.toLowerCase()) || (isOfficeHead(previous) && (isCapitalised(previous) || titleWordPattern.test(previous)));
}

/**
 * Finds the people named in `text[start, end)`: runs the learned recogniser, trusts any
 * capitalised name right after a title or honorific, and recognises bare surnames of people
 * already named earlier (`knownKeys`).
 */
export function findPeople(
  text: string,
  start: number,
  end: number,
  knownKeys: ReadonlySet<string> = new Set(),
): { people: PersonMention[]; entities: NamedEntity[] } {
  const tokens = tokenizeWithOffsets(text, start, end);
  const words = tokens.map((token) => token.text);
  const recognised = recogniseEntities(words);
  const typeAt = new Array<string | undefined>(tokens.length);
  for (const span of recognised) for (let index = span.start; index < span.end; index += 1) typeAt[index] = span.type;
  const people: PersonMention[] = [];
  const entities: NamedEntity[] = [];
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index];
    if (!token) break;
    if (isNameWord(token) && (typeAt[index] === 'PER' || isAfterTitle(tokens[index - 1]?.text ?? '') || knownKeys.has(token.text.toLowerCase()))) {
      let nameEnd = nameRunEnd(tokens, index);
      // The recogniser's span wins when it is longer (names it knows with lower-case parts).
      while (nameEnd < tokens.length && typeAt[nameEnd] === 'PER' && typeAt[nameEnd - 1] === 'PER' && isCapitalised(tokens[nameEnd]?.text ?? '')) nameEnd += 1;
      const nameTokens = tokens.slice(index, nameEnd);
      const first = nameTokens[0];
      const last = nameTokens.at(-1);
      if (first && last) {
        const roleStart = roleBefore(tokens, index, (at) => typeAt[at]);
        const roleTokens = roleStart === null ? [] : tokens.slice(roleStart, index).filter((item) => !honorifics.has(item.text.toLowerCase()));
        const roleEndToken = roleTokens.filter((item) => item.text !== ',').at(-1);
        const roleStartToken = roleTokens[0];
        const name = text.slice(first.start, last.end);
        people.push({
          name,
          key: personKey(name),
          start: first.start,
          end: last.end,
          role:
            roleStartToken && roleEndToken
              ? { text: text.slice(roleStartToken.start, roleEndToken.end), start: roleStartToken.start, end: last.end }
              : null,
        });
        entities.push({ text: name, type: 'PER', start: first.start, end: last.end });
      }
      index = nameEnd;
      continue;
    }
    index += 1;
  }
  for (const span of recognised) {
    if (span.type === 'PER') continue;
    const first = tokens[span.start];
    const last = tokens[span.end - 1];
    if (!first || !last || people.some((person) => person.start <= first.start && first.start < person.end)) continue;
    entities.push({ text: text.slice(first.start, last.end), type: span.type, start: first.start, end: last.end });
  }
  return { people, entities };
}
