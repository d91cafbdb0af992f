import type { ClaimCluster, ClusteredMention } from '../claims/ClaimCluster';
import { gradeClaim, originOf } from '../claims/gradeClaim';
import { mentionKey, type ClusterChoices } from './ClusterChoices';

/**
 * Lays the analyst's decisions over the engine's clusters: mentions moved by a merge or a
 * split go to the claim the analyst chose, corrected stances replace the engine's, and
 * every claim whose mentions changed is graded again. The engine's own result is untouched.
 */
export function applyClusterChoices(
  clusters: readonly ClaimCluster[],
  choices: ClusterChoices,
  originGroups: readonly (readonly number[])[],
): ClaimCluster[] {
  if (choices.overrides.size === 0 && choices.corrections.size === 0) return [...clusters];
  const byId = new Map(clusters.map((cluster) => [cluster.id, { ...cluster, mentions: [...cluster.mentions] }]));
  const changed = new Set<string>();

  for (const cluster of clusters) {
    for (const clustered of cluster.mentions) {
      const target = choices.overrides.get(mentionKey(clustered.mention));
      if (!target || target === cluster.id) continue;
      const from = byId.get(cluster.id);
      if (from) from.mentions = from.mentions.filter((other) => other !== clustered);
      let to = byId.get(target);
      if (!to) {
        // A split: the new claim reads like the claim it came from until the analyst edits it.
        to = { ...cluster, id: target, text: clustered.mention.sentence, mentions: [] };
        byId.set(target, to);
      }
      to.mentions.push({ ...clustered, stance: 'supports', reason: null });
      changed.add(cluster.id).add(target);
    }
  }

  for (const cluster of byId.values()) {
    cluster.mentions = cluster.mentions.map((clustered): ClusteredMention => {
      const correction = choices.corrections.get(mentionKey(clustered.mention));
      if (correction?.speaker) cluster.speaker = correction.speaker;
      if (correction?.value) cluster.value = correction.value;
      if (correction?.speaker || correction?.value) changed.add(cluster.id);
      if (correction?.stance !== 'supports' && correction?.stance !== 'contradicts') return clustered;
      changed.add(cluster.id);
      return { ...clustered, stance: correction.stance, reason: correction.stance === 'contradicts' ? 'marked as contradicting by the analyst' : null };
    });
  }

  const origin = originOf(originGroups);
  return [...byId.values()]
    .filter((cluster) => cluster.mentions.length > 0)
    .map((cluster) => {
      if (!changed.has(cluster.id)) return cluster;
      const sources = (stance: ClusteredMention['stance']) =>
        cluster.mentions.filter((clustered) => clustered.stance === stance).map((clustered) => clustered.mention.sourceId);
      return { ...cluster, grade: gradeClaim(sources('supports'), sources('contradicts'), origin) };
    });
}
