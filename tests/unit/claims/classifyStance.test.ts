import { describe, expect, it } from 'vitest';
import { classifyStance, makeStanceClassifier } from '../../../src/core/claims/stance/classifyStance';

describe('classifyStance', () => {
  it('tells a denial from a report that relays the claim', () => {
    const claim = 'A shark was seen swimming in a flooded street in Houston';
    expect(classifyStance(claim, 'Photo of shark in flooded Houston street is a hoax, experts say').stance).toBe('against');
    expect(classifyStance(claim, 'Shark reportedly spotted in flooded Houston street').stance).toBe('observing');
  });
});

describe('makeStanceClassifier', () => {
  it('decides exactly as classifyStance, with the same probabilities, while reusing each sentence', () => {
    const sentences = [
      'A shark was seen swimming in a flooded street in Houston',
      'Photo of shark in flooded Houston street is a hoax, experts say',
      'Shark reportedly spotted in flooded Houston street',
      'Officials denied that the shark was ever in Houston?',
      'The mayor did not confirm the report',
    ];
    const classify = makeStanceClassifier();
    for (const claim of sentences) {
      for (const report of sentences) {
        // Twice, so the second answer comes from the cached parts of both texts.
        expect(classify(claim, report)).toEqual(classifyStance(claim, report));
        expect(classify(claim, report)).toEqual(classifyStance(claim, report));
      }
    }
  });
});
