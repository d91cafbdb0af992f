import { createHash } from 'node:crypto';
import { makeStanceClassifier } from './stance/classifyStance';
import { dateConflict, describe } from '../language/dates/dateConflict';
import { quantityConflict } from './findQuantities';
import { frameLabel } from './frames/measureLexicon';
import { resolveSubjects } from './frames/resolveSubjects';
import { diffQuoteWords } from './diffQuoteWords';
import type { ClaimKind } from '../../shared/claims';
import type { ClaimCluster, StoredMention } from './ClaimCluster';
import { gradeClaim, originOf } from './gradeClaim';
import { groupByBlockingKeys } from './groupByBlockingKeys';
import { byPublication, judgeAgainstMajority } from './judgeAgainstMajority';
import { roleConflict, roleFacets } from './roleVocabulary';
import { dice, shared, sharedSets, sortedOverlap } from './wordOverlap';

const sourceDate = (mention: StoredMention): string => mention.publishedAt?.slice(0, 10) ?? 'undated';

type Of<K extends ClaimKind> = Extract<StoredMention, { kind: K }>;

function lcsRatio(first: readonly string[], second: readonly string[], firstSet: ReadonlySet<string>, secondSet: ReadonlySet<string>): number {
  // Cheap bound first: the common subsequence cannot exceed the shared vocabulary.
  if (sharedSets(firstSet, secondSet) / Math.max(first.length, second.length, 1) < 0.6) return 0;
  const { common } = diffQuoteWords(first, second);
  return common / Math.max(first.length, second.length, 1);
}

function clusterQuotes(mentions: readonly Of<'quote'>[], speakerNames: Map<string, string>, roleHolders: (role: string) => string | null): Omit<ClaimCluster, 'id' | 'grade'>[] {
  const trigrams = (mention: Of<'quote'>): string[] => {
    const keys: string[] = [];
    for (let index = 0; index + 3 <= mention.words.length; index += 1) keys.push(mention.words.slice(index, index + 3).join(' '));
    return keys.length > 0 ? keys : [mention.words.join(' ')];
  };
  const wordSets = mentions.map((mention) => new Set(mention.words));
  const wordings = new Map(mentions.map((mention) => [mention, mention.words.join(' ')]));
  const wordingOf = (mention: Of<'quote'>): string => wordings.get(mention) ?? mention.words.join(' ');
  const groups = groupByBlockingKeys(
    mentions,
    trigrams,
    (first, second, firstIndex, secondIndex) => lcsRatio(first.words, second.words, wordSets[firstIndex] ?? new Set(), wordSets[secondIndex] ?? new Set()) >= 0.6,
    200,
  );
  return groups.map((group) => {
    const members = group.map((index) => mentions[index] as Of<'quote'>);
    const speakerKeyOf = (mention: Of<'quote'>): string | null =>
      mention.speaker?.key ?? (mention.speaker?.role ? roleHolders(mention.speaker.role) : null);
    const keyCounts = new Map<string, number>();
    for (const member of members) {
      const key = speakerKeyOf(member);
      if (key) keyCounts.set(key, (keyCounts.get(key) ?? 0) + 1);
    }
    const speakerKey = [...keyCounts].sort((first, second) => second[1] - first[1])[0]?.[0] ?? null;
    const { representative, judged } = judgeAgainstMajority(members, (first, second) => {
      const a = first as Of<'quote'>;
      const b = second as Of<'quote'>;
      if (wordingOf(a) !== wordingOf(b)) {
        const { removed, added } = diffQuoteWords(a.words, b.words);
        // A quotation cut short is the same words, not an altered quotation.
        if (removed.length > 0 && added.length === 0 && b.words.length >= 5) return null;
        return `quote variant: ${removed.length ? `"${removed.join(' ')}"` : 'nothing'} → ${added.length ? `"${added.join(' ')}"` : 'nothing'}`;
      }
      const keyA = speakerKeyOf(a);
      const keyB = speakerKeyOf(b);
      if (keyA && keyB && keyA !== keyB) return `attributed to ${speakerNames.get(keyB) ?? keyB}, not ${speakerNames.get(keyA) ?? keyA}`;
      return null;
    }, (mention) => `${wordingOf(mention as Of<'quote'>)}|${speakerKeyOf(mention as Of<'quote'>) ?? ''}`);
    const rolesOnly = members.map((member) => member.speaker?.role).find(Boolean) ?? null;
    const quote = representative as Of<'quote'>;
    return {
      kind: 'quote' as const,
      text: quote.sentence,
      speaker: speakerKey ? speakerNames.get(speakerKey) ?? speakerKey : rolesOnly,
      value: null,
      mentions: judged,
    };
  });
}

function measureOf(mention: Of<'quantity'>): string {
  const { quantity } = mention;
  return quantity.currency || quantity.alternatives.length > 0 ? 'money' : quantity.unit ?? 'count';
}

function clusterQuantities(mentions: readonly Of<'quantity'>[]): Omit<ClaimCluster, 'id' | 'grade'>[] {
  const contextSets = new Map(mentions.map((mention) => [mention, new Set(mention.context.filter((word) => !/^\d/.test(word)))]));
  // Figures whose frame is known are compared per frame (what they measure and whose); the rest by counted thing and context.
  const subjects = resolveSubjects(mentions.map((mention) => ({ sourceId: mention.sourceId, context: mention.context, sentence: mention.sentence, frame: mention.quantity.frame })));
  // Figures of one story share its words; the same figure from another story in the case does not.
  const isSameStory = (first: Of<'quantity'>, second: Of<'quantity'>): boolean => {
    if (first.sourceId === second.sourceId && first.start === second.start) return true;
    const thing = first.quantity.thing ?? '';
    const firstContext = contextSets.get(first) ?? new Set<string>();
    const secondContext = contextSets.get(second) ?? new Set<string>();
    const common = sharedSets(firstContext, secondContext) - (firstContext.has(thing) && secondContext.has(thing) ? 1 : 0);
    const smaller = Math.min(firstContext.size, secondContext.size) || 1;
    // Time elapsed in a war is one figure wherever the war is named; anything else needs more shared context.
    const isElapsed = first.quantity.unit !== null && ['war', 'occupation', 'siege', 'crisis', 'pandemic', 'strike'].includes(thing);
    if (isElapsed) return common >= 1;
    return common >= 3 && common / smaller >= 0.1;
  };
  const groups = groupByBlockingKeys(
    mentions,
    (mention, index) => {
      // A known frame (what the figure measures and whose) is the key; otherwise the counted thing.
      if (mention.quantity.frame.isNamed) return [`frame|${measureOf(mention)}|${mention.quantity.frame.attribute}|${subjects[index] ?? ''}`];
      return mention.quantity.thing ? [`${measureOf(mention)}|${mention.quantity.frame.attribute}`] : [`${measureOf(mention)}|${mention.sourceId}|${mention.start}`];
    },
    (first, second) => isSameStory(first, second),
  );
  const subjectOf = new Map(mentions.map((mention, index) => [mention, subjects[index] ?? null]));
  return groups.map((group) => {
    const members = group.map((index) => mentions[index] as Of<'quantity'>);
    const { representative, judged } = judgeAgainstMajority(members, (first, second) => {
      const reason = quantityConflict((first as Of<'quantity'>).quantity, (second as Of<'quantity'>).quantity);
      if (!reason) return null;
      const { frame } = (first as Of<'quantity'>).quantity;
      const what = frame.isNamed ? frameLabel(frame.attribute, subjectOf.get(first as Of<'quantity'>) ?? null) : 'figure';
      return `different ${what}: ${reason.replace(/^"([^"]*)" vs "([^"]*)"$/, `"$1" (${sourceDate(first)}) vs "$2" (${sourceDate(second)})`)}`;
    }, (mention) => `${(mention as Of<'quantity'>).quantity.text}|${sourceDate(mention)}`, undefined, (mention) => (mention as Of<'quantity'>).quantity.qualifier === null);
    const quantity = representative as Of<'quantity'>;
    return { kind: 'quantity' as const, text: quantity.sentence, speaker: null, value: quantity.quantity.text, mentions: judged };
  });
}

function clusterEvents(mentions: readonly Of<'event'>[]): Omit<ClaimCluster, 'id' | 'grade'>[] {
  const keysOf = (mention: Of<'event'>): string[] => (mention.people.length > 0 ? mention.people.map((key) => `person:${key}`) : mention.entities.map((key) => `entity:${key}`));
  const groups = groupByBlockingKeys(mentions, keysOf, (first, second) => {
    const people = first.people.length > 0 && second.people.length > 0;
    const similarity = people ? dice(first.people, second.people) : dice(first.entities, second.entities);
    // Sharing people is not enough: the same people also do other things on other days.
    const isSameCast = people && similarity === 1 && first.people.length >= 2;
    const common = shared(first.actions, second.actions) + shared(first.entities, second.entities);
    return similarity >= 0.5 && (isSameCast ? common >= 1 : shared(first.actions, second.actions) >= 2 || shared(first.entities, second.entities) >= 2);
  });
  return groups.map((group) => {
    const members = group.map((index) => mentions[index] as Of<'event'>);
    const { representative, judged } = judgeAgainstMajority(members, (first, second) => {
      const reason = dateConflict((first as Of<'event'>).date, (second as Of<'event'>).date);
      return reason ? `different date: ${reason}` : null;
    }, (mention) => describe((mention as Of<'event'>).date));
    const event = representative as Of<'event'>;
    return { kind: 'event' as const, text: event.sentence, speaker: null, value: `${event.dateText} (${describe(event.date)})`, mentions: judged };
  });
}

function clusterRoles(mentions: readonly Of<'role'>[]): Omit<ClaimCluster, 'id' | 'grade'>[] {
  const groups = groupByBlockingKeys(mentions, (mention) => [mention.person], () => true, Number.POSITIVE_INFINITY);
  return groups.map((group) => {
    const members = group.map((index) => mentions[index] as Of<'role'>);
    const { representative, judged } = judgeAgainstMajority(members, (first, second) => {
      const reason = roleConflict(roleFacets((first as Of<'role'>).role), roleFacets((second as Of<'role'>).role));
      return reason ? `different role: "${(second as Of<'role'>).role}" vs "${(first as Of<'role'>).role}" (${reason})` : null;
    }, (mention) => (mention as Of<'role'>).role.replace(/’/g, "'"));
    const role = representative as Of<'role'>;
    const name = members.map((member) => member.personName).sort((first, second) => second.length - first.length)[0] ?? role.personName;
    return { kind: 'role' as const, text: `${name}: ${role.role}`, speaker: name, value: role.role, mentions: judged };
  });
}

function clusterStatements(mentions: readonly Of<'statement'>[]): Omit<ClaimCluster, 'id' | 'grade'>[] {
  // Each stem as a number, so counting, ranking and comparing stems is arithmetic, not hashing.
  const stemIds = new Map<string, number>();
  const idsOf = mentions.map((mention) =>
    mention.stems.map((word) => {
      let id = stemIds.get(word);
      if (id === undefined) {
        id = stemIds.size;
        stemIds.set(word, id);
      }
      return id;
    }),
  );
  const words = [...stemIds.keys()];
  const frequency = new Int32Array(words.length);
  for (const ids of idsOf) for (const id of ids) frequency[id] = (frequency[id] ?? 0) + 1;
  // Alphabetical rank of each stem: breaks ties between equally rare words as a string comparison would.
  const alphabetical = new Int32Array(words.length);
  words
    .map((word, id) => ({ word, id }))
    .sort((first, second) => (first.word < second.word ? -1 : first.word > second.word ? 1 : 0))
    .forEach((item, rank) => {
      alphabetical[item.id] = rank;
    });
  // Block on the rarest words some other mention also has; a word no one else uses joins nothing.
  const rarest = (_mention: Of<'statement'>, index: number): string[] => {
    const shared = (idsOf[index] ?? []).filter((id) => (frequency[id] ?? 0) > 1);
    shared.sort((first, second) => (frequency[first] ?? 0) - (frequency[second] ?? 0) || (alphabetical[first] ?? 0) - (alphabetical[second] ?? 0));
    return shared.slice(0, 4).map((id) => words[id] ?? '');
  };
  // Each mention's distinct stems in ascending order, so a pair's shared words are one merge.
  const stemSets = idsOf.map((ids) => Int32Array.from(new Set(ids)).sort());
  const groups = groupByBlockingKeys(mentions, rarest, (first, second, firstIndex, secondIndex) => {
    if (first.sourceId === second.sourceId) return false;
    const firstStems = stemSets[firstIndex] ?? new Int32Array();
    const secondStems = stemSets[secondIndex] ?? new Int32Array();
    const smaller = Math.min(firstStems.length, secondStems.length);
    if (smaller < 4) return false;
    const common = sortedOverlap(firstStems, secondStems);
    return common >= 4 && common / smaller >= 0.45;
  }, 100);
  const stance = makeStanceClassifier();
  return groups.map((group) => {
    const members = group.map((index) => mentions[index] as Of<'statement'>);
    const { representative, judged } = judgeAgainstMajority(members, (first, second) => {
      if (first === second) return null;
      const decision = stance(first.sentence, second.sentence);
      const reverse = stance(second.sentence, first.sentence);
      // Only a denial the other wording lacks is a contradiction, not a shared hedge or negation.
      return decision.stance === 'against' && decision.probabilities[1] >= 0.6 && reverse.probabilities[1] < 0.5
        ? `denies it (stance model: ${Math.round(decision.probabilities[1] * 100)}% against)`
        : null;
    }, (mention) => String(mention.id), 1);
    const statement = representative as Of<'statement'>;
    return { kind: 'statement' as const, text: statement.sentence, speaker: statement.attribution, value: null, mentions: judged };
  });
}

function contentKey(cluster: Omit<ClaimCluster, 'id' | 'grade'>): string {
  const first = cluster.mentions.find((mention) => mention.stance === 'supports')?.mention ?? cluster.mentions[0]?.mention;
  if (!first) return cluster.kind;
  switch (first.kind) {
    case 'quote':
      return `quote|${cluster.speaker ?? ''}|${first.words.slice(0, 24).join(' ')}`;
    case 'quantity':
      return `quantity|${measureOf(first)}|${first.quantity.frame.isNamed ? `${first.quantity.frame.attribute}|${first.quantity.frame.subject ?? ''}` : first.quantity.thing ?? ''}|${first.quantity.value}|${first.quantity.qualifier ?? ''}`;
    case 'event':
      return `event|${[...first.people].sort().join(',') || [...first.entities].sort().join(',')}|${describe(first.date)}`;
    case 'role':
      return `role|${first.person}`;
    case 'statement':
      return `statement|${[...first.stems].sort().slice(0, 16).join(' ')}`;
  }
}

// One-shot hashing (Node ≥ 20.12) skips a Hash object per claim; older runtimes take the stream.
const sha256Hex = (text: string): string => createHash('sha256').update(text).digest('hex');

const kindPrefix: Record<ClaimKind, string> = { quote: 'q', quantity: 'n', event: 'e', role: 'r', statement: 's' };

/**
 * Clusters every mention of a case into claims, marks the mentions that contradict each
 * claim with the reason, and grades each claim by its independent origins.
 */
export function clusterClaims(mentions: readonly StoredMention[], originGroups: readonly (readonly number[])[]): ClaimCluster[] {
  const ofKind = <K extends ClaimKind>(kind: K): Of<K>[] => mentions.filter((mention): mention is Of<K> => mention.kind === kind);
  const roles = ofKind('role');
  const speakerNames = new Map<string, string>();
  for (const mention of [...roles.map((role) => ({ key: role.person, name: role.personName })), ...ofKind('quote').flatMap((quote) => (quote.speaker?.key && quote.speaker.name ? [{ key: quote.speaker.key, name: quote.speaker.name }] : []))]) {
    const known = speakerNames.get(mention.key);
    if (!known || mention.name.length > known.length) speakerNames.set(mention.key, mention.name);
  }
  // A speaker given only by office ("Foreign Secretary said:") is the person other sources give that office.
  const roleHolders = (role: string): string | null => {
    const facets = roleFacets(role);
    const holders = new Set(
      roles
        .filter((mention) => {
          const other = roleFacets(mention.role);
          return other.office === facets.office && other.portfolio === facets.portfolio && roleConflict(facets, other) === null;
        })
        .map((mention) => mention.person),
    );
    return holders.size === 1 ? [...holders][0] ?? null : null;
  };
  const clusters = [
    ...clusterQuotes(ofKind('quote'), speakerNames, roleHolders),
    ...clusterQuantities(ofKind('quantity')),
    ...clusterEvents(ofKind('event')),
    ...clusterRoles(roles),
    ...clusterStatements(ofKind('statement')),
  ];
  const origin = originOf(originGroups);
  const usedIds = new Map<string, number>();
  const ordered = clusters
    .map((cluster) => ({ cluster, key: contentKey(cluster) }))
    .sort((first, second) => (first.key < second.key ? -1 : first.key > second.key ? 1 : byPublication(first.cluster.mentions[0]?.mention as StoredMention, second.cluster.mentions[0]?.mention as StoredMention)));
  return ordered.map(({ cluster, key }) => {
    const hash = sha256Hex(key).slice(0, 16);
    const base = `${kindPrefix[cluster.kind]}-${hash}`;
    const seen = usedIds.get(base) ?? 0;
    usedIds.set(base, seen + 1);
    const grade = gradeClaim(
      cluster.mentions.filter((item) => item.stance === 'supports').map((item) => item.mention.sourceId),
      cluster.mentions.filter((item) => item.stance === 'contradicts').map((item) => item.mention.sourceId),
      origin,
    );
    return { ...cluster, id: seen === 0 ? base : `${base}-${seen + 1}`, grade };
  });
}
