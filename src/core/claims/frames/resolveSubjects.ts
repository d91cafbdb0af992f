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

/**
 * Each mention's subject as clustering compares it: one spelling per group of subjects that
 * share a word (so equal strings are the same subject), null for the story's own event.
 */
export function resolveSubjects(mentions: readonly Framed[]): (string | null)[] {
  const sourcesBySubject = new Map<string, Set<number>>();
  for (const mention of mentions) {
    const { subject } = mention.frame;
    if (subject === null || personalAttributes.has(mention.frame.attribute)) continue;
    const sources = sourcesBySubject.get(subject) ?? new Set<number>();
    sources.add(mention.sourceId);
    sourcesBySubject.set(subject, sources);
  }
  // Subjects that share a word are one ("Qeshm", "Qeshm island", "the island"): grouped through
  // their words, so the work grows with the number of subjects, not its square.
  const subjectList = [...sourcesBySubject.keys()].sort();
  const parent = subjectList.map((_, index) => index);
  const find = (index: number): number => {
    let root = index;
    while (parent[root] !== root) root = parent[root] ?? root;
    parent[index] = root;
    return root;
  };
  const firstWithWord = new Map<string, number>();
  subjectList.forEach((subject, index) => {
    for (const word of wordsOf(subject)) {
      const other = firstWithWord.get(word);
      if (other === undefined) firstWithWord.set(word, index);
      else parent[find(index)] = find(other);
    }
  });
  const groupOf = new Map(subjectList.map((subject, index) => [subject, find(index)]));
  // The story's own: the group the most sources give as a subject for some figure.
  const sourcesByGroup = new Map<number, Set<number>>();
  for (const [subject, sources] of sourcesBySubject) {
    const group = groupOf.get(subject) ?? -1;
    const all = sourcesByGroup.get(group) ?? new Set<number>();
    for (const source of sources) all.add(source);
    sourcesByGroup.set(group, all);
  }
  let ownGroup: number | null = null;
  let ownReach = 0;
  for (const [group, sources] of [...sourcesByGroup].sort((first, second) => first[0] - second[0])) {
    if (sources.size > ownReach) {
      ownGroup = group;
      ownReach = sources.size;
    }
  }
  const isOwn = (subject: string): boolean => groupOf.get(subject) === ownGroup;
  const explicit = mentions.map((mention) => (mention.frame.subject !== null && !isOwn(mention.frame.subject) ? mention.frame.subject : null));
  // Per kind of attribute, the other subjects given, found by any of their words.
  const namedFor = new Map<string, Map<string, Set<string>>>();
  mentions.forEach((mention, index) => {
    const subject = explicit[index];
    if (!subject) return;
    const family = familyOf(mention.frame.attribute);
    const byWord = namedFor.get(family) ?? new Map<string, Set<string>>();
    for (const word of wordsOf(subject)) byWord.set(word, (byWord.get(word) ?? new Set<string>()).add(subject));
    namedFor.set(family, byWord);
  });
  const canonical = (subject: string | null): string | null => (subject === null ? null : subjectList[groupOf.get(subject) ?? -1] ?? subject);
  return mentions.map((mention, index) => canonical(subjectOf(mention, index)));

  function subjectOf(mention: Framed, index: number): string | null {
    if (personalAttributes.has(mention.frame.attribute)) return mention.frame.subject;
    const subject = explicit[index] ?? null;
    if (subject !== null || mention.frame.subject !== null) return subject;
    const byWord = namedFor.get(familyOf(mention.frame.attribute));
    if (!byWord) return null;
    const context = new Set(mention.context);
    const candidates = new Set<string>();
    for (const word of context) for (const candidate of byWord.get(word) ?? []) if (wordsOf(candidate).every((part) => context.has(part))) candidates.add(candidate);
    const sorted = [...candidates].sort();
    const distinct = sorted.filter((candidate, at) => !sorted.slice(0, at).some((other) => isSameSubject(other, candidate)));
    if (distinct.length <= 1) return distinct[0] ?? null;
    const own = new Set(contentStems(mention.sentence));
    const inSentence = distinct.filter((candidate) => wordsOf(candidate).every((word) => own.has(word)));
    return inSentence.length === 1 ? inSentence[0] ?? null : null;
  }
}
