import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../src/core/ingest/decodeBytes';
import { ingestBytes } from '../../../src/core/ingest/ingestBytes';
import { IngestError } from '../../../src/core/ingest/IngestedDocument';
import { importedAt } from './ingestTestHelpers';

const sample = 'Café “quotes” — 18 March, £5';

// Real paragraphs, written in legacy encodings by iconv-lite as an old editor would have saved them.
const french =
  'Le ministre des Affaires étrangères a déclaré jeudi que la délégation européenne arriverait à Londres dans la matinée. ' +
  '« Nous espérons un accord rapide », a-t-il ajouté, précisant que les négociations porteraient sur la sécurité, ' +
  'l’énergie et le commerce — trois priorités où la coopération reste essentielle.';
const german =
  'Der Außenbeauftragte der Europäischen Union traf am Dienstag in London ein. Die Gespräche über Sicherheit, Energie ' +
  'und Handel würden sehr offen geführt, sagte ein Sprecher. Man hoffe auf schnelle Fortschritte, müsse aber größere ' +
  'Differenzen überwinden.';
const japanese =
  '外務大臣は木曜日、欧州代表団が午前中にロンドンに到着すると述べた。交渉は安全保障、エネルギー、貿易を対象とする。' +
  '日本政府は、この訪問を歓迎し、両国の関係をさらに深めたいとしている。';
const chinese = '外交部长周四表示，欧洲代表团将于上午抵达伦敦。谈判将涉及安全、能源和贸易三个优先领域，双方希望尽快达成协议。';
const russian = 'Министр иностранных дел заявил в четверг, что европейская делегация прибудет в Лондон утром.';

const encoded = (text: string, encoding: string) => new Uint8Array(iconv.encode(text, encoding));

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
    expect(decodeBytes(utf16(japanese, false), 'ja.txt')).toEqual({ text: japanese, encoding: 'utf-16le' });
  });

  it('falls back to Windows-1252 for Western text with curly quotes and accents', () => {
    // "The caf\xe9 said \x93no\x94 \x96 it costs \xa35." in cp1252
    const bytes = new Uint8Array([
      ...Buffer.from('The caf', 'latin1'), 0xe9, ...Buffer.from(' said ', 'latin1'), 0x93, ...Buffer.from('no', 'latin1'), 0x94,
      ...Buffer.from(' ', 'latin1'), 0x96, ...Buffer.from(' it costs ', 'latin1'), 0xa3, ...Buffer.from('5.', 'latin1'),
    ]);
    expect(decodeBytes(bytes, 'a.txt')).toEqual({ text: 'The café said “no” – it costs £5.', encoding: 'windows-1252' });
  });

  it('detects a French paragraph saved as Windows-1252', () => {
    expect(decodeBytes(encoded(french, 'windows-1252'), 'fr.txt')).toEqual({ text: french, encoding: 'windows-1252' });
  });

  it('detects a German paragraph saved as ISO-8859-1', () => {
    expect(decodeBytes(encoded(german, 'iso-8859-1'), 'de.txt')).toEqual({ text: german, encoding: 'iso-8859-1' });
  });

  it('detects Japanese saved as Shift_JIS and Chinese saved as GB18030', () => {
    expect(decodeBytes(encoded(japanese, 'shift_jis'), 'ja.txt')).toEqual({ text: japanese, encoding: 'shift_jis' });
    expect(decodeBytes(encoded(chinese, 'gb18030'), 'zh.txt')).toEqual({ text: chinese, encoding: 'gb18030' });
  });

  it('detects Russian saved as KOI8-R, where every letter is a high byte', () => {
    expect(decodeBytes(encoded(russian, 'koi8-r'), 'ru.txt')).toEqual({ text: russian, encoding: 'koi8-r' });
  });

  it('keeps UTF-8 with one stray invalid byte as UTF-8: café stays café and the stray byte becomes U+FFFD', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Le café ouvre '), 0xe9, ...new TextEncoder().encode(' à huit heures.')]);
    expect(decodeBytes(bytes, 'stray.txt')).toEqual({ text: 'Le café ouvre \uFFFD à huit heures.', encoding: 'utf-8' });
  });

  it('keeps a UTF-8 paragraph with a damaged byte as UTF-8, not a Western legacy encoding', () => {
    const good = new TextEncoder().encode(`${french} `);
    const decoded = decodeBytes(new Uint8Array([...good, 0xff, ...good]), 'damaged.txt');
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toBe(`${french} \uFFFD${french} `);
    expect(decoded.text).not.toContain('Ã');
  });

  it('reads damaged UTF-8 after a UTF-8 byte-order mark the same way', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Le café ouvre '), 0xe9, ...new TextEncoder().encode(' à huit heures.')]);
    expect(decodeBytes(bytes, 'bom.txt')).toEqual({ text: 'Le café ouvre \uFFFD à huit heures.', encoding: 'utf-8' });
  });

  it('keeps German Windows-1252 as Windows-1252 though „Spaß“ happens to form a UTF-8 pair (ß then “)', () => {
    const text = `${german} Der Minister sagte, die Reise habe ihm „Spaß“ gemacht.`;
    const bytes = encoded(text, 'windows-1252');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(decodeBytes(bytes, 'de.txt')).toEqual({ text, encoding: 'windows-1252' });
  });

  it('refuses bytes no encoding fits, naming the file, the first bad byte and the fix', () => {
    let seed = 17;
    const noise = new Uint8Array(3000).map(() => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return 0x20 + ((seed >> 8) % 224);
    });
    const error = errorOf(() => decodeBytes(noise, 'noise.txt'));
    expect(error.code).toBe('undecodable');
    expect(error.message).toContain('"noise.txt"');
    expect(error.message).toMatch(/first bad byte is at offset \d+/);
    expect(error.message).toMatch(/save it as UTF-8/);
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
