/** A schema.org Rating; a verdict of 6 has a name and no number. */
export interface Rating {
  '@type': 'Rating';
  ratingValue?: number;
  bestRating?: number;
  worstRating?: number;
  alternateName: string;
}

/**
 * The analyst's Admiralty credibility as a schema.org Rating. Schema.org ratings run from
 * `worstRating` up to `bestRating`, and Admiralty runs the other way (1 is the best), so:
 *
 *   verdict 1 confirmed       → ratingValue 5
 *   verdict 2 probably true   → ratingValue 4
 *   verdict 3 possibly true   → ratingValue 3
 *   verdict 4 doubtful        → ratingValue 2
 *   verdict 5 improbable      → ratingValue 1   (bestRating 5, worstRating 1)
 *   verdict 6 cannot be judged → no ratingValue, bestRating or worstRating: `alternateName` only.
 *
 * 6 says the truth cannot be judged, not that the claim is in the middle of the scale, so it
 * gets no number; the review is still written, because the analyst did decide.
 */
const scale: Record<number, { value: number | null; name: string }> = {
  1: { value: 5, name: 'Confirmed' },
  2: { value: 4, name: 'Probably true' },
  3: { value: 3, name: 'Possibly true' },
  4: { value: 2, name: 'Doubtful' },
  5: { value: 1, name: 'Improbable' },
  6: { value: null, name: 'Cannot be judged' },
};

export function claimReviewRating(verdict: number): Rating {
  const step = scale[verdict];
  if (!step) throw new RangeError(`${verdict} is not an Admiralty credibility (1–6)`);
  if (step.value === null) return { '@type': 'Rating', alternateName: step.name };
  return { '@type': 'Rating', ratingValue: step.value, bestRating: 5, worstRating: 1, alternateName: step.name };
}
