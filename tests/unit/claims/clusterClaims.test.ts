import { describe, expect, it } from 'vitest';
import { clusterClaims } from '../../../src/core/claims/clusterClaims';
import type { ClaimCluster, StoredMention } from '../../../src/core/claims/ClaimCluster';
import { extractClaims } from '../../../src/core/claims/extractClaims';
import { makeSource } from './makeSource';

function cluster(texts: [string, string | null][], originGroups: number[][] = []): ClaimCluster[] {
  const mentions: StoredMention[] = [];
  texts.forEach(([text, publishedAt], index) => {
    for (const mention of extractClaims(makeSource(index + 1, text, publishedAt))) mentions.push({ ...mention, id: mentions.length + 1, publishedAt });
  });
  return clusterClaims(mentions, originGroups);
}

const multiSource = (claims: ClaimCluster[], kind: ClaimCluster['kind']): ClaimCluster[] =>
  claims.filter((claim) => claim.kind === kind && new Set(claim.mentions.map((item) => item.mention.sourceId)).size > 1);
const contradiction = (claim: ClaimCluster | undefined) => claim?.mentions.find((item) => item.stance === 'contradicts');

describe('clusterClaims', () => {
  it('joins the same quote across sources and flags a changed word as a quote variant', () => {
    const claims = cluster([
      ['Mayor Ines Duarte said: "We will rebuild every school that the river destroyed this spring."', '2024-05-02'],
      ['"We will rebuild every school that the river destroyed this spring," Mayor Ines Duarte said.', '2024-05-02'],
      ['Duarte told the council: "We will rebuild each school that the river destroyed this spring."', '2024-05-03'],
    ]);
    const [quote] = multiSource(claims, 'quote');
    expect(quote?.speaker).toBe('Ines Duarte');
    expect(quote?.mentions).toHaveLength(3);
    expect(contradiction(quote)).toMatchObject({ reason: 'quote variant: "every" → "each"' });
    expect(contradiction(quote)?.mention.sourceId).toBe(3);
  });

  it('flags a different number for the same quantity, showing each source’s date', () => {
    const claims = cluster([
      ['Organisers said more than 50 countries will send athletes to the winter games in Oslo.', '2024-01-10'],
      ['About 35 nations will send athletes to the winter games in Oslo, organisers said.', '2024-02-01'],
    ]);
    const [quantity] = multiSource(claims, 'quantity');
    expect(quantity?.grade.status).toBe('contested');
    expect(contradiction(quantity)?.reason).toBe('different figure: "more than 50 countries" (2024-01-10) vs "About 35 nations" (2024-02-01)');
  });

  it('flags a different duration for the same war', () => {
    const claims = cluster([
      ['More than four years after the invasion of Norland, the siege of its capital goes on.', null],
      ['With the war in Norland grinding into its fourth year, its capital is still under siege.', null],
    ]);
    const [duration] = multiSource(claims, 'quantity');
    expect(contradiction(duration)?.reason).toContain('into its fourth year');
  });

  it('flags a different role for the same person, and accepts different wordings of one office', () => {
    const claims = cluster([
      ['Spanish foreign minister Carla Ruiz met her counterparts in Rome.', null],
      ['Foreign Secretary Carla Ruiz of Spain opened the session in Rome.', null],
      ['Italian Prime Minister Carla Ruiz opened the session in Rome.', null],
    ]);
    const role = claims.find((claim) => claim.kind === 'role' && claim.speaker === 'Carla Ruiz');
    expect(role?.mentions.filter((item) => item.stance === 'supports').map((item) => item.mention.sourceId)).toEqual([1, 2]);
    expect(contradiction(role)?.mention.sourceId).toBe(3);
    expect(contradiction(role)?.reason).toContain('different role');
  });

  it('flags a former office called current', () => {
    const claims = cluster([
      ['Former German Chancellor Hans Vogel spoke at the summit in Berlin.', null],
      ['German Chancellor Hans Vogel spoke at the summit in Berlin.', null],
      ['Former German Chancellor Hans Vogel left the summit in Berlin early.', null],
    ]);
    const role = claims.find((claim) => claim.kind === 'role');
    expect(contradiction(role)?.reason).toContain('former');
    expect(contradiction(role)?.mention.sourceId).toBe(2);
  });

  it('flags a different date for the same event', () => {
    const claims = cluster([
      ['President Ana Lima will meet Chancellor Otto Brandt in Vienna on Thursday to sign the trade pact.', '2024-09-02'],
      ['President Ana Lima meets Chancellor Otto Brandt in Vienna on 5 September to sign the trade pact.', '2024-09-02'],
      ['President Ana Lima will meet Chancellor Otto Brandt in Vienna on Friday to sign the trade pact.', '2024-09-02'],
    ]);
    const [event] = multiSource(claims, 'event');
    expect(event?.mentions).toHaveLength(3);
    expect(contradiction(event)?.mention.sourceId).toBe(3);
    expect(contradiction(event)?.reason).toBe('different date: 2024-09-05 vs 2024-09-06');
  });

  it('joins paraphrased statements but not distinct ones that share words', () => {
    const claims = cluster([
      ['The regional council approved funding for a new hospital wing in Bergen after a long debate.', null],
      ['After a long debate, funding for a new hospital wing in Bergen was approved by the regional council.', null],
      ['The regional council rejected funding for a new football stadium in Tromso.', null],
    ]);
    const joined = multiSource(claims, 'statement');
    expect(joined).toHaveLength(1);
    expect(joined[0]?.mentions.map((item) => item.mention.sourceId)).toEqual([1, 2]);
  });

  it('counts independent origins: copies of one release are one origin', () => {
    const text = 'Mayor Ines Duarte said: "We will rebuild every school that the river destroyed this spring."';
    const copied = cluster([[text, null], [text, null], [text, null]], [[1, 2, 3]]);
    const [single] = multiSource(copied, 'quote');
    expect(single?.grade).toMatchObject({ status: 'single-source', supporting: 3, independentOrigins: 1, proposed: 3 });
    const independent = cluster([[text, null], [text, null], [text, null]], [[1, 2]]);
    const [confirmed] = multiSource(independent, 'quote');
    expect(confirmed?.grade).toMatchObject({ status: 'corroborated', supporting: 3, independentOrigins: 2, proposed: 1 });
  });

  it('gives the same claim ids on a re-run', () => {
    const texts: [string, string | null][] = [
      ['Mayor Ines Duarte said: "We will rebuild every school that the river destroyed this spring."', null],
      ['Organisers said more than 50 countries will send athletes to the games.', null],
    ];
    expect(cluster(texts).map((claim) => claim.id)).toEqual(cluster(texts).map((claim) => claim.id));
  });
});
