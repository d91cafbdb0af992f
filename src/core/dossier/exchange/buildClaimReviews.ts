// The analyst's verdicts as schema.org ClaimReview (JSON-LD, https://schema.org/ClaimReview),
// the form fact-checkers publish in: one review per claim the analyst judged, rating from
// `claimReviewRating`, the claim's appearances being the sources that state it.
import type { Dossier, DossierClaim, DossierSource } from '../../../shared/dossier';
import { claimReviewRating } from './claimReviewRating';
import { claimUrn, sourceUrn } from './buildAnnotationCollection';
import { stableUuid } from './stableUuid';

export const schemaOrgContext = 'https://schema.org';

/**
 * A source as the CreativeWork a claim appears in. The case keeps no web address for a source,
 * so there is no `url`; the SHA-256 of its original bytes names it instead, as in the annotations export.
 */
function appearance(source: DossierSource): Record<string, unknown> {
  return {
    '@type': 'CreativeWork',
    '@id': sourceUrn(source.sha256),
    name: source.title,
    ...(source.publishedAt ? { datePublished: source.publishedAt } : {}),
    ...(source.outlet ? { publisher: { '@type': 'Organization', name: source.outlet } } : {}),
  };
}

function claimReview(claim: DossierClaim, dossier: Dossier, sourceById: Map<number, DossierSource>): Record<string, unknown> {
  // Only supporting mentions are appearances: a contradicting source states something else.
  const supporting = [...new Set(claim.mentions.filter((mention) => mention.stance === 'supports').map((mention) => mention.source))];
  const appearances = supporting.flatMap((id) => {
    const source = sourceById.get(id);
    return source ? [appearance(source)] : [];
  });
  // The earliest dated source stating the claim; undated sources cannot be placed first.
  const first = supporting
    .flatMap((id) => {
      const source = sourceById.get(id);
      const at = source?.publishedAt ? Date.parse(source.publishedAt) : Number.NaN;
      return source && !Number.isNaN(at) ? [{ source, at }] : [];
    })
    .sort((a, b) => a.at - b.at || a.source.id - b.source.id)[0];
  const verdict = claim.judgement.verdict;
  const analyst = dossier.case.analystName;
  return {
    '@type': 'ClaimReview',
    '@id': `urn:uuid:${stableUuid(`claimreview:${claim.id}`)}`,
    claimReviewed: claim.text,
    itemReviewed: {
      '@type': 'Claim',
      '@id': claimUrn(claim.id),
      text: claim.text,
      // A quote's speaker made the claim; for other kinds the speaker is whom the claim is about.
      ...(claim.kind === 'quote' && claim.speaker ? { author: { '@type': 'Person', name: claim.speaker } } : {}),
      ...(appearances.length > 0 ? { appearance: appearances } : {}),
      ...(first ? { firstAppearance: appearance(first.source) } : {}),
    },
    ...(verdict === null ? {} : { reviewRating: claimReviewRating(verdict) }),
    ...(claim.judgement.note ? { reviewBody: claim.judgement.note } : {}),
    ...(analyst ? { author: { '@type': 'Person', name: analyst } } : {}),
    datePublished: dossier.generatedAt,
  };
}

/** The dossier's judged claims (and, with `includeUnjudged`, the others, with no rating) as one JSON-LD graph. */
export function buildClaimReviews(dossier: Dossier): Record<string, unknown> {
  const sourceById = new Map(dossier.sources.map((source) => [source.id, source]));
  const claims = dossier.options.includeUnjudged ? dossier.claims : dossier.claims.filter((claim) => claim.judgement.verdict !== null);
  return { '@context': schemaOrgContext, '@graph': claims.map((claim) => claimReview(claim, dossier, sourceById)) };
}
