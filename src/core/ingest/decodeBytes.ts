// Bytes -> string. UTF-8 (with or without BOM) and UTF-16 with a BOM are decoded strictly;
// Windows-1252 is used only when the bytes fail as UTF-8 *and* their shape says they are
// Western single-byte text, so a file in some other encoding is refused, not garbled.
import iconv from 'iconv-lite';
import { IngestError } from './IngestedDocument';

export interface DecodedText {
  text: string;
  /** `utf-8`, `utf-16le`, `utf-16be` or `windows-1252`. */
  encoding: string;
}

/** Byte values that Windows-1252 leaves undefined; real cp1252 text never has them. */
const undefinedInWindows1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

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

/** Offset of the first byte that breaks UTF-8, for the error message. */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const value = bytes[index] ?? 0;
    const length = value < 0x80 ? 1 : value >= 0xc2 && value <= 0xdf ? 2 : value >= 0xe0 && value <= 0xef ? 3 : value >= 0xf0 && value <= 0xf4 ? 4 : 0;
    if (length === 0) return index;
    for (let next = 1; next < length; next += 1) {
      const continuation = bytes[index + next];
      if (continuation === undefined || (continuation & 0xc0) !== 0x80) return index;
    }
    index += length;
  }
  return bytes.length;
}

/** Length of a well-formed UTF-8 multi-byte sequence starting at `index`, or 0. */
function utf8SequenceLength(bytes: Uint8Array, index: number): number {
  const value = bytes[index] ?? 0;
  const length = value >= 0xc2 && value <= 0xdf ? 2 : value >= 0xe0 && value <= 0xef ? 3 : value >= 0xf0 && value <= 0xf4 ? 4 : 0;
  for (let next = 1; next < length; next += 1) {
    if (((bytes[index + next] ?? 0) & 0xc0) !== 0x80) return 0;
  }
  return length;
}

export interface Windows1252Evidence {
  isWindows1252: boolean;
  reason: string;
}

/**
 * Whether invalid-UTF-8 bytes read as Windows-1252 text: high bytes come alone or in pairs
 * (é, ’, £ inside ASCII words), none of them is undefined in cp1252, they make up a small
 * share of the file, and they are not mostly well-formed UTF-8 (that would be damaged UTF-8).
 * Cyrillic, Greek or CJK single/double-byte encodings give long runs of high bytes instead.
 */
export function looksLikeWindows1252(bytes: Uint8Array): Windows1252Evidence {
  let highBytes = 0;
  let runs = 0;
  let longRuns = 0;
  let utf8Runs = 0;
  let index = 0;
  while (index < bytes.length) {
    const value = bytes[index] ?? 0;
    if (value < 0x80) {
      index += 1;
      continue;
    }
    if (undefinedInWindows1252.has(value)) {
      return { isWindows1252: false, reason: `byte 0x${value.toString(16)} at offset ${index} is not used by Windows-1252` };
    }
    if (utf8SequenceLength(bytes, index) > 0) utf8Runs += 1;
    let runEnd = index;
    while (runEnd < bytes.length && (bytes[runEnd] ?? 0) >= 0x80) runEnd += 1;
    const runLength = runEnd - index;
    highBytes += runLength;
    runs += 1;
    if (runLength > 2) longRuns += 1;
    index = runEnd;
  }
  if (runs === 0) return { isWindows1252: false, reason: 'no high bytes' };
  if (utf8Runs / runs >= 0.5) {
    return { isWindows1252: false, reason: 'most of its accented characters are UTF-8, but some bytes are damaged' };
  }
  // Western text is mostly ASCII; Cyrillic or Greek in a single-byte encoding is mostly not.
  if (highBytes / bytes.length > 0.3) {
    return { isWindows1252: false, reason: `${Math.round((highBytes / bytes.length) * 100)}% of its bytes are non-ASCII, too many for Western text` };
  }
  if (longRuns / runs > 0.1) {
    return { isWindows1252: false, reason: 'its non-ASCII bytes come in long runs, as in Cyrillic, Greek or Asian encodings' };
  }
  return { isWindows1252: true, reason: 'isolated accented or typographic bytes inside ASCII text' };
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
    const text = decodeStrict(bytes.subarray(bom.prefix.length), bom.encoding);
    if (text === null) {
      throw new IngestError(
        'undecodable',
        `"${fileName}" starts with a ${bom.label} byte-order mark but contains bytes that are not valid ${bom.label}. ${saveAsUtf8}`,
      );
    }
    return { text, encoding: bom.encoding };
  }
  const utf8 = decodeStrict(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const evidence = looksLikeWindows1252(bytes);
  if (evidence.isWindows1252) {
    return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows-1252'), encoding: 'windows-1252' };
  }
  throw new IngestError(
    'undecodable',
    `"${fileName}" is not valid UTF-8 (the first bad byte is at offset ${firstInvalidUtf8Offset(bytes)}) ` +
      `and does not look like Windows-1252 either: ${evidence.reason}. ${saveAsUtf8}`,
  );
}
