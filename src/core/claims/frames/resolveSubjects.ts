import { stem } from '../contentStems';
import type { QuantityFrame } from './quantityFrame';

// Whose figure is it when the sentence does not say? A story's own event goes unnamed ("killing
// 10 people"); an earlier one must be named ("in the city of Bam") or was named just before
// ("It killed 612 people" after a sentence on Zarand). So:
// - the subject named in the most sources is the story's own, the same as no subject at all;
// - an unnamed figure whose context (its sentence and the one before) names exactly one other
//   subject given elsewhere for the same attribute takes that subject.

interface Framed {
  sourceId: number;
  context: readonly string[];
  frame: QuantityFrame;
}

/** Attributes of the event itself: an earlier event named for one of them is named for all. */
const eventAttributes = new Set(['killed', 'injured', 'missing', 'displaced', 'arrested', 'magnitude', 'depth']);
const familyOf = (attribute: string): string => (eventAttributes.has(attribute) ? 'event' : attribute);

const wordsOf = (subject: string): string[] => subject.split(/\s+/).filter(Boolean).map((word) => stem(word));

/** Two subjects are one when they share a word ("Qeshm", "Qeshm island", "the island"). */
export function isSameSubject(first: string | null, second: string | null): boolean {
  if (first === null || second === null) return first === second;
  const words = new Set(wordsOf(first));
  return wordsOf(second).some((word) => words.has(word));
}

/** Each mention's subject as clustering compares it: null for the story's own event. */
export function resolveSubjects(mentions: readonly Framed[]): (string | null)[] {
  const sourcesBySubject = new Map<string, Set<number>>();
  for (const mention of mentions) {
    const { subject } = mention.frame;
    if (subject === null) continue;
    const sources = sourcesBySubject.get(subject) ?? new Set<number>();
    sources.add(mention.sourceId);
    sourcesBySubject.set(subject, sources);
  }
  // Sources that name each subject (or one sharing a word with it), among all figures' contexts.
  const reach = (subject: string): number => {
    const words = wordsOf(subject);
    return new Set(mentions.filter((mention) => words.some((word) => mention.context.includes(word))).map((mention) => mention.sourceId)).size;
  };
  let own: string | null = null;
  let ownReach = 0;
  for (const subject of [...sourcesBySubject.keys()].sort()) {
    const count = reach(subject);
    if (count > ownReach) {
      own = subject;
      ownReach = count;
    }
  }
  const explicit = mentions.map((mention) => (mention.frame.subject !== null && !isSameSubject(mention.frame.subject, own) ? mention.frame.subject : null));
  const namedFor = new Map<string, Set<string>>();
  mentions.forEach((mention, index) => {
    const subject = explicit[index];
    if (!subject) return;
    const subjects = namedFor.get(familyOf(mention.frame.attribute)) ?? new Set<string>();
    subjects.add(subject);
    namedFor.set(mention.frame.attribute, subjects);
  });
  return mentions.map((mention, index) => {
    const subject = explicit[index] ?? null;
    if (subject !== null || mention.frame.subject !== null) return subject;
    const context = new Set(mention.context);
    const candidates = [...(namedFor.get(familyOf(mention.frame.attribute)) ?? [])].filter((candidate) => wordsOf(candidate).every((word) => context.has(word)));
    const distinct = candidates.filter((candidate, at) => !candidates.slice(0, at).some((other) => isSameSubject(other, candidate)));
    return distinct.length === 1 ? distinct[0] ?? null : null;
  });
}
