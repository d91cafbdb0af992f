import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readClaims } from '../../../src/core/claims/readClaims';
import { updateClaims } from '../../../src/core/claims/updateClaims';
import { toNewSource } from '../../../src/core/importing/toNewSource';
import { defaultMaxBytes } from '../../../src/core/ingest/IngestedDocument';
import { ingestBytes } from '../../../src/core/ingest/ingestBytes';
import { CaseStore } from '../../../src/core/store/CaseStore';
import type { Claim } from '../../../src/shared/claims';

const seedsFolder = '/work/shared/seeds';
const seedFiles = readdirSync(seedsFolder).sort();

let folder: string;
let store: CaseStore;
/** Source ids by seed position: 0 wire, 1 and 2 rewrites, 3 press release, 4 spun older article. */
let ids: number[];

function importSeed(file: string): number {
  const path = join(seedsFolder, file);
  const document = ingestBytes(readFileSync(path), file, { importedAt: new Date('2025-04-01T00:00:00Z'), maxBytes: defaultMaxBytes });
  return store.sources.insert(toNewSource(document, path, new Date('2025-04-01T00:00:00Z')));
}

/** The press release and the two articles rewritten from it are one origin; the others stand alone. */
const originGroups = (): number[][] => [[ids[1], ids[2], ids[3]].filter((id): id is number => id !== undefined)];

function find(claims: Claim[], kind: Claim['kind'], predicate: (claim: Claim) => boolean): Claim {
  const found = claims.filter((claim) => claim.kind === kind && predicate(claim));
  expect(found, `a ${kind} claim`).toHaveLength(1);
  return found[0] as Claim;
}

const sourcesWith = (claim: Claim, stance: 'supports' | 'contradicts'): number[] =>
  [...new Set(claim.mentions.filter((mention) => mention.stance === stance).map((mention) => mention.source))].sort();

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'claims-'));
  store = CaseStore.open(join(folder, 'case.tri'));
  ids = seedFiles.map(importSeed);
});

afterEach(() => {
  store.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('claims on the sample case', () => {
  it('lists what an analyst would list, with exact spans and conflicts', () => {
    const result = updateClaims(store.db, originGroups());
    expect(result.sourcesExtracted).toBe(5);
    const { claims } = readClaims(store.db);
    expect(result.claims).toBe(claims.length);
    const [wire, rewriteA, rewriteB, pressRelease, spun] = ids as [number, number, number, number, number];

    for (const claim of claims) {
      for (const mention of claim.mentions) {
        const text = store.sources.getBody(mention.source)?.text ?? '';
        expect(mention.text).toBe(text.slice(mention.start, mention.end));
      }
    }

    const meeting = find(claims, 'event', (claim) => (claim.value ?? '').includes('2025-03-18') && sourcesWith(claim, 'supports').length >= 3);
    expect(sourcesWith(meeting, 'supports')).toEqual(expect.arrayContaining([wire, rewriteB, pressRelease]));

    const kallas = find(claims, 'role', (claim) => claim.speaker === 'Kaja Kallas');
    expect(kallas.status).toBe('contested');
    expect(sourcesWith(kallas, 'contradicts')).toEqual([rewriteA]);
    expect(kallas.mentions.find((mention) => mention.stance === 'contradicts')?.text).toBe('Estonian Prime Minister Kaja Kallas');

    const trump = find(claims, 'role', (claim) => claim.speaker === 'Donald Trump');
    expect(trump.mentions.find((mention) => mention.stance === 'contradicts')?.reason).toMatch(/former/);
    expect(sourcesWith(trump, 'contradicts')).toEqual([rewriteA]);

    const vital = find(claims, 'quote', (claim) => claim.text.includes('upgrade our partnership'));
    expect(vital.speaker).toBe('David Lammy');
    const altered = vital.mentions.find((mention) => mention.stance === 'contradicts');
    expect(altered?.source).toBe(rewriteA);
    expect(altered?.reason).toContain('"of" → "for"');

    const healey = find(claims, 'quote', (claim) => claim.text.startsWith('European security starts in Ukraine'));
    expect(healey.speaker).toBe('John Healey');
    // The press release names nobody; "Foreign Secretary said:" is linked to the person other sources give that office.
    const strongBritain = find(claims, 'quote', (claim) => claim.text.startsWith('A strong and secure Britain'));
    expect(strongBritain.speaker).toBe('David Lammy');
    expect(sourcesWith(strongBritain, 'supports')).toEqual([rewriteA, rewriteB, pressRelease]);
    expect(strongBritain.independentOrigins).toBe(1);
    expect(strongBritain.credibility.proposed).toBe(3);

    const values = claims.filter((claim) => claim.kind === 'quantity').map((claim) => claim.value ?? '');
    for (const figure of ['$450 billion', '30-day ceasefire', '2,500 soldier deaths', '€800bn (£670bn)', '£2.26bn']) {
      expect(values).toContain(figure);
    }
    const trained = find(claims, 'quantity', (claim) => (claim.value ?? '').includes('120,000'));
    expect(sourcesWith(trained, 'supports')).toEqual([rewriteB, pressRelease]);
    const coalition = find(claims, 'quantity', (claim) => claim.value === 'more than 30 countries');
    expect(coalition.status).toBe('contested');
    expect(coalition.mentions.find((mention) => mention.stance === 'contradicts')).toMatchObject({ source: spun, text: 'about 20 nations' });
    const duration = find(claims, 'quantity', (claim) => /three years/i.test(claim.value ?? ''));
    expect(duration.mentions.find((mention) => mention.stance === 'contradicts')?.text).toBe('into its third year');

    const summit = find(claims, 'event', (claim) => (claim.value ?? '').includes('2025-05-19'));
    expect(sourcesWith(summit, 'supports')).toEqual([rewriteB, pressRelease]);

    const briefing = find(claims, 'statement', (claim) => claim.mentions.some((mention) => mention.text.includes('briefing')));
    expect(sourcesWith(briefing, 'supports').length).toBeGreaterThanOrEqual(2);

    // Page furniture was removed at import: no claim may come from it.
    const removed = store.db.prepare('SELECT text FROM removed_lines').all() as { text: string }[];
    expect(removed.length).toBeGreaterThan(0);
    const furniture = removed.map((row) => row.text.trim()).filter((text) => text.length > 20);
    for (const claim of claims) for (const mention of claim.mentions) for (const line of furniture) expect(mention.text).not.toContain(line);
  });

  it('re-running extracts nothing new and keeps every claim id; a new source is the only one extracted', () => {
    updateClaims(store.db, originGroups());
    const before = readClaims(store.db).claims.map((claim) => claim.id);
    expect(updateClaims(store.db, originGroups()).sourcesExtracted).toBe(0);
    expect(readClaims(store.db).claims.map((claim) => claim.id)).toEqual(before);
    const extra = store.sources.insert({
      ...toNewSource(
        ingestBytes(Buffer.from('Kaja Kallas met Defence Secretary John Healey in London on Tuesday to discuss sanctions.\n'), 'extra.txt', {
          importedAt: new Date('2025-04-01T00:00:00Z'),
          maxBytes: defaultMaxBytes,
        }),
        'extra.txt',
        new Date(),
      ),
    });
    expect(updateClaims(store.db, originGroups()).sourcesExtracted).toBe(1);
    const after = readClaims(store.db).claims;
    expect(after.some((claim) => claim.mentions.some((mention) => mention.source === extra))).toBe(true);
    const kept = new Set(after.map((claim) => claim.id));
    expect(before.filter((id) => id.startsWith('r-') || id.startsWith('q-')).every((id) => kept.has(id))).toBe(true);
  });
});
