import { describe, expect, it } from 'vitest';
import { gradeClaim, originOf } from '../../../src/core/claims/gradeClaim';

describe('gradeClaim', () => {
  const origin = originOf([[1, 2, 3], [4, 5]]);

  it('proposes each Admiralty grade from support, origins and contradictions', () => {
    expect(gradeClaim([1, 4], [], origin)).toMatchObject({ proposed: 1, status: 'corroborated', independentOrigins: 2 });
    expect(gradeClaim([1, 4, 6], [7], origin)).toMatchObject({ proposed: 2, status: 'contested' });
    expect(gradeClaim([1, 2, 3], [], origin)).toMatchObject({ proposed: 3, status: 'single-source', independentOrigins: 1 });
    expect(gradeClaim([1], [6], origin)).toMatchObject({ proposed: 4, status: 'contested' });
    expect(gradeClaim([1], [4, 6], origin)).toMatchObject({ proposed: 5, status: 'contested' });
    expect(gradeClaim([6], [], origin)).toMatchObject({ proposed: 6, status: 'single-source' });
  });

  it('always says why', () => {
    expect(gradeClaim([1, 2], [], origin).reason).toContain('repeat one origin');
  });
});
