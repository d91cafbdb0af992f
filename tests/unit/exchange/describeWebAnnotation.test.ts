import { describe, expect, it } from 'vitest';
import { describeWebAnnotation } from '../../../src/core/exchange/describeWebAnnotation';
import { WebAnnotation } from '../../../src/shared/exchange';

const read = (annotation: unknown) => describeWebAnnotation(WebAnnotation.parse(annotation));
const sha = 'ab'.repeat(32);

describe('describeWebAnnotation', () => {
  it('takes a body without a purpose as the note, tagging bodies as tags and bodyValue as a note', () => {
    const parts = read({
      type: 'Annotation',
      bodyValue: 'First.',
      body: [{ type: 'TextualBody', value: 'Second.' }, { type: 'TextualBody', value: 'wire', purpose: 'tagging' }, { type: 'TextualBody', value: 'x', purpose: 'replying' }],
      target: { source: `urn:sha256:${sha.toUpperCase()}` },
    });
    expect(parts).toMatchObject({ note: 'First.\n\nSecond.', tags: ['wire'], sourceSha256: sha, claimId: null });
  });

  it('takes purposeless bodies as tags when the annotation is motivated by tagging', () => {
    expect(read({ type: 'Annotation', motivation: 'tagging', body: { type: 'TextualBody', value: 'copied' }, target: { source: 'urn:sha256:' + sha } })).toMatchObject({ note: '', tags: ['copied'] });
  });

  it('reads the claim a linking body points to, and only from a Triangulate claim name', () => {
    const link = (source: string) => read({ type: 'Annotation', body: { type: 'SpecificResource', source, purpose: 'linking' }, target: { source: 'urn:x' } }).claimId;
    expect(link('urn:triangulate:claim:quote:abc')).toBe('quote:abc');
    expect(link('https://example.org/claim/1')).toBeNull();
  });

  it('ignores a position selector with offsets the model does not allow, and reads the source from a string target', () => {
    const parts = read({ type: 'Annotation', target: [`urn:sha256:${sha}`] });
    expect(parts).toMatchObject({ source: `urn:sha256:${sha}`, sourceSha256: sha, quote: undefined, position: undefined });
    const negative = read({ type: 'Annotation', target: { source: 'urn:x', selector: { type: 'TextPositionSelector', start: -4, end: 3 } } });
    expect(negative.position).toBeUndefined();
    expect(negative.sourceSha256).toBeNull();
  });
});
