// Bytes -> string. UTF-8 (with or without BOM) and UTF-16 with a BOM are decoded strictly, and
// valid UTF-8 is always read as UTF-8. Other bytes are either damaged UTF-8 (read as UTF-8,
// the damaged bytes shown as U+FFFD) or a legacy encoding found by a charset detector; bytes
// that no encoding fits are refused, not garbled.
import { detectLegacyEncoding } from './detectLegacyEncoding';
import { IngestError } from './IngestedDocument';

export interface DecodedText {
  text: string;
  /** `utf-8`, `utf-16le`, `utf-16be`, or the legacy encoding detected (`windows-1252`, `iso-8859-1`, `shift_jis`, …). */
  encoding: string;
}

function hasPrefix(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((value, index) => bytes[index] === value);
}

function decodeStrict(bytes: Uint8Array, encoding: 'utf-8' | 'utf-16le' | 'utf-16be'): string | null {
  try {
    // ignoreBOM: true keeps the BOM in the output; we slice it off ourselves instead.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Length of a well-formed UTF-8 multi-byte sequence starting at `index`, or 0. */
function utf8SequenceLength(bytes: Uint8Array, index: number): number {
  const value = bytes[index] ?? 0;
  const length = value >= 0xc2 && value <= 0xdf ? 2 : value >= 0xe0 && value <= 0xef ? 3 : value >= 0xf0 && value <= 0xf4 ? 4 : 0;
  for (let next = 1; next < length; next += 1) {
    const continuation = bytes[index + next];
    if (continuation === undefined || (continuation & 0xc0) !== 0x80) return 0;
  }
  return length;
}

export interface Utf8Shape {
  /** Well-formed multi-byte sequences: é, ’, 日 written as UTF-8. */
  sequences: number;
  /** Bytes that fit no UTF-8 sequence. */
  strayBytes: number;
  /** Offset of the first stray byte, or -1. */
  firstStrayOffset: number;
}

/** How much of the non-ASCII in the bytes is well-formed UTF-8. */
export function measureUtf8Shape(bytes: Uint8Array): Utf8Shape {
  const shape: Utf8Shape = { sequences: 0, strayBytes: 0, firstStrayOffset: -1 };
  let index = 0;
  while (index < bytes.length) {
    if ((bytes[index] ?? 0) < 0x80) {
      index += 1;
      continue;
    }
    const length = utf8SequenceLength(bytes, index);
    if (length > 0) {
      shape.sequences += 1;
      index += length;
      continue;
    }
    if (shape.strayBytes === 0) shape.firstStrayOffset = index;
    shape.strayBytes += 1;
    index += 1;
  }
  return shape;
}

/**
 * Whether bytes that fail as UTF-8 are UTF-8 all the same, with some bytes damaged. A charset
 * detector cannot say: chardet and jschardet both called such a file Latin-1, and decoding it
 * so turns every é into "Ã©". In legacy text, bytes line up as a UTF-8 sequence only by chance:
 * measured on real paragraphs, none in Cyrillic or Greek, one for every three to nine stray
 * bytes in Shift_JIS, EUC-JP, GB18030, Big5 and EUC-KR, and in Western text only where a
 * capital or ß meets a symbol (German „Spaß“). So a file with at least as many sequences as
 * stray bytes is damaged UTF-8.
 */
function isDamagedUtf8(shape: Utf8Shape): boolean {
  return shape.sequences > 0 && shape.sequences >= shape.strayBytes;
}

/** Decodes the bytes, reporting the encoding used; throws `undecodable` with advice. */
export function decodeBytes(bytes: Uint8Array, fileName: string): DecodedText {
  const saveAsUtf8 = 'Open it in a text editor, save it as UTF-8, and import it again.';
  if (hasPrefix(bytes, [0xff, 0xfe, 0x00, 0x00]) || hasPrefix(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    throw new IngestError('undecodable', `"${fileName}" is in UTF-32, which is not supported. ${saveAsUtf8}`);
  }
  const boms: { prefix: number[]; encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; label: string }[] = [
    { prefix: [0xef, 0xbb, 0xbf], encoding: 'utf-8', label: 'UTF-8' },
    { prefix: [0xff, 0xfe], encoding: 'utf-16le', label: 'UTF-16 (little-endian)' },
    { prefix: [0xfe, 0xff], encoding: 'utf-16be', label: 'UTF-16 (big-endian)' },
  ];
  for (const bom of boms) {
    if (!hasPrefix(bytes, bom.prefix)) continue;
    const body = bytes.subarray(bom.prefix.length);
    const text = decodeStrict(body, bom.encoding);
    if (text !== null) return { text, encoding: bom.encoding };
    // A UTF-8 BOM is a declaration no legacy encoding makes: damage after it is damaged UTF-8.
    if (bom.encoding === 'utf-8' && isDamagedUtf8(measureUtf8Shape(body))) return { text: new TextDecoder().decode(body), encoding: 'utf-8' };
    throw new IngestError(
      'undecodable',
      `"${fileName}" starts with a ${bom.label} byte-order mark but contains bytes that are not valid ${bom.label}. ${saveAsUtf8}`,
    );
  }
  const utf8 = decodeStrict(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const shape = measureUtf8Shape(bytes);
  // The non-fatal decoder puts U+FFFD where each damaged byte was, so the analyst sees where.
  if (isDamagedUtf8(shape)) return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), encoding: 'utf-8' };
  const detected = detectLegacyEncoding(bytes);
  if (detected.encoding !== null) return { text: detected.text, encoding: detected.encoding };
  throw new IngestError(
    'undecodable',
    `"${fileName}" is not valid UTF-8 (the first bad byte is at offset ${shape.firstStrayOffset}) ` +
      `and its encoding could not be recognised: ${detected.reason}. ${saveAsUtf8}`,
  );
}
