import { describe, expect, it } from 'vitest';
import { clusterClaims } from '../../../src/core/claims/clusterClaims';
import type { ClaimCluster, StoredMention } from '../../../src/core/claims/ClaimCluster';
import { extractClaims } from '../../../src/core/claims/extractClaims';
import { makeSource } from './makeSource';

// Hand-made sentences (no seed, no eval case): each frame kind keeps its figures apart from
// figures of other frames, and only figures of one frame can contradict each other.

function cluster(texts: string[]): { claims: ClaimCluster[]; mentions: StoredMention[] } {
  const mentions: StoredMention[] = [];
  texts.forEach((text, index) => {
    const publishedAt = `2024-03-0${index + 1}`;
    for (const mention of extractClaims(makeSource(index + 1, text, publishedAt))) mentions.push({ ...mention, id: mentions.length + 1, publishedAt });
  });
  return { claims: clusterClaims(mentions, []), mentions };
}

const quantities = (claims: ClaimCluster[]): ClaimCluster[] => claims.filter((claim) => claim.kind === 'quantity');
const claimWith = (claims: ClaimCluster[], figure: string): ClaimCluster | undefined =>
  quantities(claims).find((claim) => claim.mentions.some((item) => item.mention.kind === 'quantity' && item.mention.quantity.text.includes(figure)));
const contradictions = (claim: ClaimCluster | undefined) => (claim?.mentions ?? []).filter((item) => item.stance === 'contradicts');
const frameOf = (mentions: StoredMention[], figure: string) => {
  const found = mentions.find((mention) => mention.kind === 'quantity' && mention.quantity.text.includes(figure));
  return found?.kind === 'quantity' ? found.quantity.frame : undefined;
};

describe('quantity frames', () => {
  it('keeps a death toll apart from the population of the town it struck', () => {
    const { claims, mentions } = cluster([
      'A landslide near the mountain town of Tarnow killed 40 people on Tuesday, rescuers said. Tarnow, a town of 9,000 people, has been cut off by the landslide.',
      'Rescuers said the landslide near the mountain town of Tarnow killed 40 people on Tuesday. Tarnow, home to 9,500 people, has been cut off by the landslide.',
    ]);
    expect(frameOf(mentions, '40')).toMatchObject({ attribute: 'killed' });
    expect(frameOf(mentions, '9,000')).toMatchObject({ attribute: 'population', subject: 'tarnow' });
    const toll = claimWith(claims, '40');
    expect(toll?.mentions.map((item) => item.mention.sourceId).sort()).toEqual([1, 2]);
    expect(toll?.mentions.some((item) => item.mention.kind === 'quantity' && item.mention.quantity.text.includes('9,'))).toBe(false);
    expect(contradictions(toll)).toHaveLength(0);
    // The two populations are one frame and they do differ.
    const population = claimWith(claims, '9,000');
    expect(population?.mentions).toHaveLength(2);
    expect(contradictions(population)[0]?.reason).toMatch(/^different population: "9,000 people" \(2024-03-01\) vs "9,500 people" \(2024-03-02\)$/);
  });

  it('keeps a quake’s depth apart from its distances to towns, and reads km and miles as one depth', () => {
    const { claims, mentions } = cluster([
      'The strong quake struck the coastal region on Friday at a depth of 10 km, about 55 km from Corvell, the survey said.',
      'The strong quake that struck the coastal region on Friday was 6 miles deep and 72 km north of Dunmore, the survey said.',
    ]);
    expect(frameOf(mentions, '10 km')).toMatchObject({ attribute: 'depth' });
    expect(frameOf(mentions, '55 km')).toMatchObject({ attribute: 'distance-from:corvell' });
    expect(frameOf(mentions, '72 km')).toMatchObject({ attribute: 'distance-from:dunmore' });
    const depth = claimWith(claims, '10 km');
    expect(depth?.mentions.map((item) => item.mention.kind === 'quantity' && item.mention.quantity.text).sort()).toEqual(['10 km', '6 miles deep']);
    expect(contradictions(depth)).toHaveLength(0);
    expect(claimWith(claims, '55 km')).not.toBe(claimWith(claims, '72 km'));
    expect(quantities(claims).flatMap(contradictions)).toHaveLength(0);
  });

  it('keeps two towns’ distances from one city apart', () => {
    const { claims, mentions } = cluster([
      'The storm flooded Arlo, a farming town 120 km north of Versa, on Friday, the weather service said. Arlo, a town of 4,000 people, lost power.',
      'The storm flooded Arlo on Friday, the weather service said. Bexley, a port 300 km south of Versa, was spared by the storm on Friday.',
    ]);
    expect(frameOf(mentions, '120 km')).toMatchObject({ attribute: 'distance-from:versa', subject: 'arlo' });
    expect(frameOf(mentions, '300 km')).toMatchObject({ attribute: 'distance-from:versa', subject: 'bexley' });
    expect(claimWith(claims, '120 km')).not.toBe(claimWith(claims, '300 km'));
    expect(quantities(claims).flatMap(contradictions)).toHaveLength(0);
  });

  it('gives each person their own age', () => {
    const { claims, mentions } = cluster([
      'The climber Lena Varga, 34, was flown to hospital from the glacier on Sunday after the avalanche.',
      'Her climbing partner, Piet Dahl, 41, was flown to hospital from the glacier on Sunday after the avalanche.',
      'Rescuers reached 34-year-old Lena Varga on the glacier on Sunday after the avalanche.',
    ]);
    expect(frameOf(mentions, '41')).toMatchObject({ attribute: 'age', subject: 'dahl' });
    expect(frameOf(mentions, '34-year')).toMatchObject({ attribute: 'age', subject: 'varga' });
    const varga = claimWith(claims, '34');
    expect(varga?.mentions.map((item) => item.mention.sourceId).sort()).toEqual([1, 3]);
    expect(claimWith(claims, '41')).not.toBe(varga);
    expect(quantities(claims).flatMap(contradictions)).toHaveLength(0);
  });

  it('keeps two climbers’ falls apart', () => {
    const { claims, mentions } = cluster([
      'Mountaineer Arno Kessel fell 200 ft into a crevasse on the north ridge on Monday, the mountain rescue said.',
      'On the north ridge on Monday, guide Maria Lund fell 2,000 ft, the mountain rescue said.',
    ]);
    expect(frameOf(mentions, '200 ft')).toMatchObject({ attribute: 'fall', subject: 'kessel' });
    expect(frameOf(mentions, '2,000 ft')).toMatchObject({ attribute: 'fall', subject: 'lund' });
    expect(quantities(claims).flatMap(contradictions)).toHaveLength(0);
  });

  it('reads "more than 50" and "dozens" as overlapping, not a conflict', () => {
    const { claims, mentions } = cluster([
      'The storm that hit Elbury overnight injured more than 50 people, the council said on Monday.',
      'Dozens of people were injured when the storm hit Elbury overnight, the council said on Monday.',
    ]);
    expect(frameOf(mentions, 'Dozens')).toMatchObject({ attribute: 'injured' });
    const injured = claimWith(claims, 'more than 50');
    expect(injured?.mentions).toHaveLength(2);
    expect(contradictions(injured)).toHaveLength(0);
  });

  it('catches 12 killed against 30 killed in the same event and names the frame', () => {
    const { claims } = cluster([
      'The blast at the Harwick chemical plant on Thursday killed 12 workers, police said.',
      'Police said 30 people were killed in the blast at the Harwick chemical plant on Thursday.',
    ]);
    const toll = claimWith(claims, '12');
    expect(toll?.mentions).toHaveLength(2);
    expect(contradictions(toll)).toHaveLength(1);
    expect(contradictions(toll)[0]?.reason).toMatch(/^different death toll/);
    expect(toll?.grade.status).toBe('contested');
  });

  it('keeps the same frame apart across two stories of one case', () => {
    const { claims } = cluster([
      'The blast at the Harwick chemical plant on Thursday killed 12 workers, police said.',
      'Floods along the Osselt river valley have killed 30 people since the weekend, the regional governor said.',
    ]);
    expect(claimWith(claims, '12')).not.toBe(claimWith(claims, '30'));
    expect(quantities(claims).flatMap(contradictions)).toHaveLength(0);
  });
});
