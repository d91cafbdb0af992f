import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsonld from 'jsonld';
import type { RemoteDocument } from 'jsonld/jsonld-spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/runCli';
import type { Workbench } from '../../../src/core/workbench';
import type { Dossier, DossierClaim } from '../../../src/shared/dossier';
import { buildExchangeCase } from './buildExchangeCase';

const schemaOrgUrl = 'https://schema.org';
const schemaOrgContext = JSON.parse(readFileSync(join(__dirname, '../../fixtures/jsonld/schemaorg-context.jsonld'), 'utf8')) as RemoteDocument['document'];

// Serves the schema.org context from the fixture and refuses everything else, so expansion never goes online.
const documentLoader = async (url: string): Promise<RemoteDocument> => {
  if (url !== schemaOrgUrl && url !== `${schemaOrgUrl}/`) throw new Error(`the test loader refuses ${url}`);
  return { contextUrl: undefined, documentUrl: url, document: schemaOrgContext };
};

const schema = (term: string) => `https://schema.org/${term}`;
type Node = Record<string, unknown>;
const nodes = (value: unknown): Node[] => (Array.isArray(value) ? (value as Node[]) : []);
const first = (node: Node, property: string): Node => nodes(node[schema(property)])[0] ?? {};
const literal = (node: Node, property: string): unknown => first(node, property)['@value'];

const expand = async (text: string) => (await jsonld.expand(JSON.parse(text) as jsonld.JsonLdDocument, { documentLoader })) as unknown as Node[];

/** The mapping documented in claimReviewRating.ts and the README: Admiralty 1 (best) … 5 is 5 … 1; 6 has no number. */
const expectedRating: Record<number, { value?: number; name: string }> = {
  1: { value: 5, name: 'Confirmed' },
  2: { value: 4, name: 'Probably true' },
  3: { value: 3, name: 'Possibly true' },
  4: { value: 2, name: 'Doubtful' },
  5: { value: 1, name: 'Improbable' },
  6: { name: 'Cannot be judged' },
};

describe('ClaimReview export (schema.org JSON-LD)', () => {
  const generatedAt = '2025-04-02T08:30:00.000Z';
  let folder: string;
  let casePath: string;
  let workbench: Workbench;
  let dossier: Dossier;
  let written: string;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'triangulate-claimreview-'));
    ({ casePath, workbench } = await buildExchangeCase(folder));
    // The case already holds verdicts 2 and 5; add 6 (cannot be judged) and 1 on a quote, whose speaker is the claim's author.
    const claims = workbench.claimsWithJudgements().claims.filter((claim) => claim.credibility.analyst === undefined);
    const quote = claims.find((claim) => claim.kind === 'quote' && claim.speaker);
    const other = claims.find((claim) => claim !== quote);
    if (!quote || !other) throw new Error('the case should hold an unjudged quote and another unjudged claim');
    workbench.judgeClaim({ claimId: quote.id, verdict: 1, note: 'Heard on the <b>recording</b>.' });
    workbench.judgeClaim({ claimId: other.id, verdict: 6 });
    const result = await workbench.exportDossier('claimreview', join(folder, 'reviews.jsonld'), { analystName: 'Ana Lyst', generatedAt });
    dossier = result.dossier;
    written = readFileSync(join(folder, 'reviews.jsonld'), 'utf8');
  });
  afterAll(() => {
    workbench.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const judged = () => dossier.claims.filter((claim) => claim.judgement.verdict !== null);
  const reviewOf = (reviews: Node[], claim: DossierClaim) => reviews.find((review) => first(review, 'itemReviewed')['@id'] === `urn:triangulate:claim:${claim.id}`);

  it('expands into one schema.org ClaimReview per judged claim, with the claim, its rating, author and date', async () => {
    const reviews = await expand(written);
    expect(judged().map((claim) => claim.judgement.verdict).sort()).toEqual([1, 2, 5, 6]);
    expect(reviews).toHaveLength(4);
    for (const claim of judged()) {
      const review = reviewOf(reviews, claim);
      if (!review) throw new Error(`no review of ${claim.label}`);
      expect(review['@type']).toEqual([schema('ClaimReview')]);
      expect(String(review['@id'])).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
      expect(literal(review, 'claimReviewed')).toBe(claim.text);
      expect(first(review, 'itemReviewed')['@type']).toEqual([schema('Claim')]);
      expect(first(review, 'author')['@type']).toEqual([schema('Person')]);
      expect(literal(first(review, 'author'), 'name')).toBe('Ana Lyst');
      expect(first(review, 'datePublished')).toEqual({ '@value': generatedAt, '@type': schema('Date') });
      const rating = first(review, 'reviewRating');
      const expected = expectedRating[claim.judgement.verdict ?? 0];
      expect(rating['@type']).toEqual([schema('Rating')]);
      expect(literal(rating, 'alternateName')).toBe(expected?.name);
      if (expected?.value === undefined) {
        expect(Object.keys(rating).filter((key) => /Rating$|ratingValue$/.test(key))).toEqual([]);
      } else {
        expect([literal(rating, 'ratingValue'), literal(rating, 'bestRating'), literal(rating, 'worstRating')]).toEqual([expected.value, 5, 1]);
      }
      if (claim.judgement.note) expect(literal(review, 'reviewBody')).toBe(claim.judgement.note);
    }
  });

  it('names each supporting source as an appearance of the claim, with its title, date and outlet', async () => {
    const reviews = await expand(written);
    const sourceById = new Map(dossier.sources.map((source) => [source.id, source]));
    for (const claim of judged()) {
      const item = first(reviewOf(reviews, claim) ?? {}, 'itemReviewed');
      const supporting = [...new Set(claim.mentions.filter((mention) => mention.stance === 'supports').map((mention) => mention.source))];
      const appearances = nodes(item[schema('appearance')]);
      expect(appearances.map((work) => work['@id'])).toEqual(supporting.map((id) => `urn:sha256:${sourceById.get(id)?.sha256 ?? ''}`));
      for (const [index, work] of appearances.entries()) {
        const source = sourceById.get(supporting[index] ?? 0);
        if (!source) throw new Error('an appearance with no source');
        expect(work['@type']).toEqual([schema('CreativeWork')]);
        expect(literal(work, 'name')).toBe(source.title);
        expect(literal(work, 'datePublished')).toBe(source.publishedAt ?? undefined);
        expect(literal(first(work, 'publisher'), 'name')).toBe(source.outlet ?? undefined);
      }
      if (claim.kind === 'quote' && claim.speaker) expect(literal(first(item, 'author'), 'name')).toBe(claim.speaker);
      // firstAppearance: the supporting source published earliest.
      const dated = supporting.flatMap((id) => {
        const source = sourceById.get(id);
        return source?.publishedAt ? [{ id, at: Date.parse(source.publishedAt) }] : [];
      });
      const earliest = dated.sort((a, b) => a.at - b.at || a.id - b.id)[0];
      const firstWork = item[schema('firstAppearance')];
      if (earliest) expect(first(item, 'firstAppearance')['@id']).toBe(`urn:sha256:${sourceById.get(earliest.id)?.sha256 ?? ''}`);
      else expect(firstWork).toBeUndefined();
    }
    expect(judged().some((claim) => claim.kind === 'quote')).toBe(true);
  });

  it('from the CLI, --include-unjudged adds every other claim without a rating, and --analyst names the author', async () => {
    const target = join(folder, 'all.jsonld');
    let stdout = '';
    const code = await runCli(['export', '--case', casePath, '--format', 'claimreview', '--out', target, '--include-unjudged', '--analyst', 'Cli Analyst', '--json'], {
      out: (text) => (stdout += text),
      err: () => undefined,
    });
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { format: string }).format).toBe('claimreview');
    const reviews = await expand(readFileSync(target, 'utf8'));
    expect(reviews).toHaveLength(dossier.claims.length);
    const unrated = reviews.filter((review) => review[schema('reviewRating')] === undefined);
    expect(unrated).toHaveLength(dossier.claims.length - 4);
    expect(new Set(reviews.map((review) => literal(first(review, 'author'), 'name')))).toEqual(new Set(['Cli Analyst']));
  });

  it('writes an empty graph when the selection keeps no claim, and no author when no analyst is named', async () => {
    const target = join(folder, 'none.jsonld');
    await workbench.exportDossier('claimreview', target, { verdicts: [3] });
    const document = JSON.parse(readFileSync(target, 'utf8')) as { '@context': string; '@graph': unknown[] };
    expect(document).toEqual({ '@context': schemaOrgUrl, '@graph': [] });
    const unjudged = await workbench.exportDossier('claimreview', target, { includeUnjudged: true, filter: 'contested' });
    const reviews = await expand(readFileSync(target, 'utf8'));
    expect(reviews).toHaveLength(unjudged.dossier.claims.length);
    expect(reviews.every((review) => review[schema('author')] === undefined)).toBe(true);
  });
});
