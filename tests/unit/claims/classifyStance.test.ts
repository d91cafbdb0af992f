import { describe, expect, it } from 'vitest';
import { classifyStance } from '../../../src/core/claims/stance/classifyStance';

describe('classifyStance', () => {
  it('tells a denial from a report that relays the claim', () => {
    const claim = 'A shark was seen swimming in a flooded street in Houston';
    expect(classifyStance(claim, 'Photo of shark in flooded Houston street is a hoax, experts say').stance).toBe('against');
    expect(classifyStance(claim, 'Shark reportedly spotted in flooded Houston street').stance).toBe('observing');
  });
});
