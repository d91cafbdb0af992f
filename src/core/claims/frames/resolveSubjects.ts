import { contentStems, stem } from '../contentStems';
import type { QuantityFrame } from './quantityFrame';

// Whose figure is it when the sentence does not say? A story's own event goes unnamed ("killing
// 10 people"); an earlier one must be named ("in the city of Bam") or was named just before
// ("It killed 612 people" after a sentence on Zarand). So:
// - the subject (with those sharing a word with it) that the most sources give for some figure
//   is the story's own, the same as no subject at all;
// - an unnamed figure whose context (its sentence and the one before) names exactly one other
//   subject given elsewhere for the same kind of attribute takes that subject (its own sentence
//   decides when the context names two).

interface Framed {
  sourceId: number;
  context: readonly string[];
  /** The figure's own sentence, which settles a context that names two subjects. */
  sentence: string;
  frame: QuantityFrame;
}

/** Attributes of the event itself: an earlier event named for one of them is named for all. */
const eventAttributes = new Set(['killed', 'injured', 'missing', 'displaced', 'arrested', 'magnitude', 'depth']);
/** Attributes of a person, whose subject is who they are; the story's own event has no age. */
const personalAttributes = new Set(['age', 'fall', 'height', 'service']);
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
    if (subject === null || personalAttributes.has(mention.frame.attribute)) continue;
    const sources = sourcesBySubject.get(subject) ?? new Set<number>();
    sources.add(mention.sourceId);
    sourcesBySubject.set(subject, sources);
  }
  // Subjects that share a word are one ("Qeshm", "Qeshm island", "the island").
  const subjectList = [...sourcesBySubject.keys()].sort();
  const groupOf = new Map<string, number>(subjectList.map((subject, index) => [subject, index]));
  for (const first of subjectList) {
    for (const second of subjectList) {
      if (first >= second || !isSameSubject(first, second)) continue;
      const from = groupOf.get(second) ?? 0;
      const to = groupOf.get(first) ?? 0;
      for (const [subject, group] of groupOf) if (group === from) groupOf.set(subject, to);
    }
  }
  // Sources that give a subject of the group for some figure.
  const reach = (group: number): number =>
    new Set(subjectList.filter((subject) => groupOf.get(subject) === group).flatMap((subject) => [...(sourcesBySubject.get(subject) ?? [])])).size;
  let ownGroup: number | null = null;
  let ownReach = 0;
  for (const group of new Set(groupOf.values())) {
    const count = reach(group);
    if (count > ownReach) {
      ownGroup = group;
      ownReach = count;
    }
  }
  const isOwn = (subject: string): boolean => groupOf.get(subject) === ownGroup;
  const explicit = mentions.map((mention) => (mention.frame.subject !== null && !isOwn(mention.frame.subject) ? mention.frame.subject : null));
  const namedFor = new Map<string, Set<string>>();
  mentions.forEach((mention, index) => {
    const subject = explicit[index];
    if (!subject) return;
    const subjects = namedFor.get(familyOf(mention.frame.attribute)) ?? new Set<string>();
    subjects.add(subject);
    namedFor.set(familyOf(mention.frame.attribute), subjects);
  });
  return mentions.map((mention, index) => {
    if (personalAttributes.has(mention.frame.attribute)) return mention.frame.subject;
    const subject = explicit[index] ?? null;
    if (subject !== null || mention.frame.subject !== null) return subject;
    const context = new Set(mention.context);
    const candidates = [...(namedFor.get(familyOf(mention.frame.attribute)) ?? [])].filter((candidate) => wordsOf(candidate).every((word) => context.has(word)));
    const distinct = candidates.filter((candidate, at) => !candidates.slice(0, at).some((other) => isSameSubject(other, candidate)));
    if (distinct.length <= 1) return distinct[0] ?? null;
    const own = new Set(contentStems(mention.sentence));
    const inSentence = distinct.filter((candidate) => wordsOf(candidate).every((word) => own.has(word)));
    return inSentence.length === 1 ? inSentence[0] ?? null : null;
  });
}
