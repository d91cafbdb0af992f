import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../../../src/core/ingest/ingestBytes';
import { IngestError } from '../../../src/core/ingest/IngestedDocument';
import { importedAt, ingestText } from './ingestTestHelpers';

function refusal(bytes: Uint8Array, fileName: string, maxBytes = 1024 * 1024): IngestError {
  try {
    ingestBytes(bytes, fileName, { importedAt, maxBytes });
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error(`expected ${fileName} to be refused`);
}

const text = (value: string): Uint8Array => new TextEncoder().encode(value);

describe('ingestBytes refuses files that cannot become a source', () => {
  it('refuses an empty file', () => {
    const error = refusal(new Uint8Array(), 'empty.txt');
    expect(error.code).toBe('empty');
    expect(error.message).toContain('"empty.txt"');
  });

  it('refuses a file over the size limit, saying both sizes', () => {
    const error = refusal(text('a'.repeat(3 * 1024 * 1024)), 'huge.txt', 2 * 1024 * 1024);
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/3\.0 MB.*2\.0 MB/);
  });

  it('refuses an unsupported extension and lists the supported ones', () => {
    const error = refusal(text('hello'), 'report.docx');
    expect(error.code).toBe('unsupported-format');
    expect(error.message).toMatch(/\.txt.*\.md.*\.html/);
  });

  it.each([
    ['a PDF', [...text('%PDF-1.7\n%âãÏÓ\n')], /PDF document/],
    ['a PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], /PNG image/],
    ['a JPEG', [0xff, 0xd8, 0xff, 0xe0, 0, 16], /JPEG image/],
    ['a ZIP', [0x50, 0x4b, 0x03, 0x04, 20, 0], /ZIP archive/],
    ['a GIF', [...text('GIF89a'), 1, 0], /GIF image/],
    ['an ELF binary', [0x7f, 0x45, 0x4c, 0x46, 2, 1], /ELF executable/],
  ])('refuses %s renamed to .txt, naming what it is', (_name, bytes, description) => {
    const error = refusal(new Uint8Array(bytes), 'story.txt');
    expect(error.code).toBe('binary');
    expect(error.message).toMatch(description);
  });

  it('refuses binary content without a known magic number (NUL bytes)', () => {
    const bytes = new Uint8Array([...text('looks like text at first'), 0, 0, 1, 2, 3, ...text('then not')]);
    expect(refusal(bytes, 'data.txt').code).toBe('binary');
  });

  it('refuses text that is mostly control characters', () => {
    const bytes = new Uint8Array(200).map((_, index) => (index % 3 === 0 ? 0x01 : 0x41));
    expect(refusal(bytes, 'noise.txt').code).toBe('binary');
  });

  it('refuses a file with no text left after cleaning', () => {
    const error = refusal(text('Facebook Icon LinkedIn Icon\n\nAdvertisement\n\n12345\n'), 'chrome.txt');
    expect(error.code).toBe('no-text');
    expect(error.message).toMatch(/no article text/);
  });

  it('refuses an HTML page whose only text is inside a script', () => {
    expect(refusal(text('<html><body><script>document.write("Hello world")</script></body></html>'), 'page.html').code).toBe('no-text');
  });

  it('accepts ordinary text and hashes the original bytes, BOM included', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...text('A headline\n\nA paragraph of the article.')]);
    const document = ingestBytes(withBom, 'bom.txt', { importedAt, maxBytes: 1e6 });
    expect(document.sha256).toBe(createHash('sha256').update(withBom).digest('hex'));
    expect(document.sha256).not.toBe(ingestText('A headline\n\nA paragraph of the article.').sha256);
    expect(document.bytes).toBe(withBom);
  });
});
