import { describe, expect, it } from 'vitest';
import { decodeBytes, looksLikeWindows1252 } from '../../../src/core/ingest/decodeBytes';
import { ingestBytes } from '../../../src/core/ingest/ingestBytes';
import { IngestError } from '../../../src/core/ingest/IngestedDocument';
import { importedAt } from './ingestTestHelpers';

const sample = 'Café “quotes” — 18 March, £5';

function utf16(text: string, isBigEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(isBigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const [high, low] = [code >> 8, code & 0xff];
    bytes.set(isBigEndian ? [high, low] : [low, high], 2 + index * 2);
  }
  return bytes;
}

function errorOf(action: () => unknown): IngestError {
  try {
    action();
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error('expected an IngestError');
}

describe('decodeBytes', () => {
  it('decodes UTF-8 without a BOM', () => {
    expect(decodeBytes(new TextEncoder().encode(sample), 'a.txt')).toEqual({ text: sample, encoding: 'utf-8' });
  });

  it('decodes UTF-8 with a BOM and drops the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(sample)]);
    expect(decodeBytes(bytes, 'a.txt')).toEqual({ text: sample, encoding: 'utf-8' });
  });

  it('decodes UTF-16 little-endian and big-endian with a BOM', () => {
    expect(decodeBytes(utf16(sample, false), 'a.txt')).toEqual({ text: sample, encoding: 'utf-16le' });
    expect(decodeBytes(utf16(sample, true), 'a.txt')).toEqual({ text: sample, encoding: 'utf-16be' });
  });

  it('falls back to Windows-1252 for Western text with curly quotes and accents', () => {
    // "The caf\xe9 said \x93no\x94 \x96 it costs \xa35." in cp1252
    const bytes = new Uint8Array([
      ...Buffer.from('The caf', 'latin1'), 0xe9, ...Buffer.from(' said ', 'latin1'), 0x93, ...Buffer.from('no', 'latin1'), 0x94,
      ...Buffer.from(' ', 'latin1'), 0x96, ...Buffer.from(' it costs ', 'latin1'), 0xa3, ...Buffer.from('5.', 'latin1'),
    ]);
    expect(decodeBytes(bytes, 'a.txt')).toEqual({ text: 'The café said “no” – it costs £5.', encoding: 'windows-1252' });
  });

  it('refuses bytes that are neither UTF-8 nor Windows-1252, naming the file and the fix', () => {
    // KOI8-R Cyrillic: every letter is a high byte, so the runs are long.
    const koi8 = new Uint8Array([0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4, 0x20, 0xcd, 0xc9, 0xd2, 0x20, 0xd4, 0xc5, 0xd3, 0xd4]);
    const error = errorOf(() => decodeBytes(koi8, 'russian.txt'));
    expect(error.code).toBe('undecodable');
    expect(error.message).toContain('"russian.txt"');
    expect(error.message).toMatch(/save it as UTF-8/);
  });

  it('refuses a byte Windows-1252 leaves undefined', () => {
    const bytes = new Uint8Array([...Buffer.from('abc ', 'latin1'), 0x81, ...Buffer.from(' def', 'latin1')]);
    expect(looksLikeWindows1252(bytes).isWindows1252).toBe(false);
    expect(errorOf(() => decodeBytes(bytes, 'odd.txt')).code).toBe('undecodable');
  });

  it('treats mostly-UTF-8 text with a damaged byte as damaged UTF-8, not Windows-1252', () => {
    const good = new TextEncoder().encode('Zoë and Chloé and René went to the café. ');
    const bytes = new Uint8Array([...good, 0xff, ...good]);
    expect(errorOf(() => decodeBytes(bytes, 'damaged.txt')).message).toMatch(/damaged/);
  });

  it('refuses a UTF-16 file whose BOM promises more than its bytes hold', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]);
    expect(errorOf(() => decodeBytes(bytes, 'broken.txt')).code).toBe('undecodable');
  });

  it('reports the encoding through ingestBytes', () => {
    const document = ingestBytes(utf16('Headline here\n\nA first paragraph that says something.', true), 'wide.txt', { importedAt, maxBytes: 1e6 });
    expect(document.encoding).toBe('utf-16be');
    expect(document.text).toContain('A first paragraph that says something.');
  });
});
