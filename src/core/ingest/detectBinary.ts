// Tells a binary file from text before decoding, so a renamed PDF or image is refused with
// a message that names what it really is instead of being imported as mojibake.

interface Signature {
  bytes: readonly number[];
  /** Where the signature starts in the file. */
  offset?: number;
  description: string;
}

const ascii = (text: string): number[] => Array.from(text, (character) => character.charCodeAt(0));

const signatures: readonly Signature[] = [
  { bytes: ascii('%PDF-'), description: 'a PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], description: 'a ZIP archive (Word .docx, .xlsx and .epub files are ZIP archives too)' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], description: 'an empty ZIP archive' },
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], description: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], description: 'a JPEG image' },
  { bytes: ascii('GIF87a'), description: 'a GIF image' },
  { bytes: ascii('GIF89a'), description: 'a GIF image' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], description: 'an ELF executable' },
  { bytes: [0x1f, 0x8b], description: 'a gzip-compressed file' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], description: 'an old Microsoft Office document (.doc, .xls)' },
  { bytes: ascii('Rar!\x1a\x07'), description: 'a RAR archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], description: 'a 7-Zip archive' },
  { bytes: ascii('WEBP'), offset: 8, description: 'a WebP image' },
  { bytes: ascii('ftyp'), offset: 4, description: 'an MP4/QuickTime video or HEIC image' },
  { bytes: ascii('{\\rtf'), description: 'an RTF document' },
];

/** Share of control characters above which a file is taken for binary; text has almost none. */
const maximumControlShare = 0.01;
/** Enough of the file to judge it without scanning many megabytes. */
const sampleLength = 64 * 1024;

function startsWith(bytes: Uint8Array, signature: Signature): boolean {
  const offset = signature.offset ?? 0;
  if (bytes.length < offset + signature.bytes.length) return false;
  return signature.bytes.every((value, index) => bytes[offset + index] === value);
}

/** What kind of binary file the bytes are, by their magic number, or null. */
export function describeMagicNumber(bytes: Uint8Array): string | null {
  return signatures.find((signature) => startsWith(bytes, signature))?.description ?? null;
}

/**
 * Why the bytes look binary rather than single-byte or UTF-8 text (NUL bytes, many control
 * characters), or null when they look like text. Not for UTF-16, whose ASCII has NULs.
 */
export function describeBinaryContent(bytes: Uint8Array): string | null {
  const length = Math.min(bytes.length, sampleLength);
  let controls = 0;
  for (let index = 0; index < length; index += 1) {
    const value = bytes[index] ?? 0;
    // Printable and high bytes, nearly all of a text file, are passed over with one test.
    if (value >= 0x20 && value !== 0x7f) continue;
    if (value === 0) return 'it contains NUL bytes';
    const isAllowedControl = value === 0x09 || value === 0x0a || value === 0x0d || value === 0x0c;
    if (!isAllowedControl) controls += 1;
  }
  if (length > 0 && controls / length > maximumControlShare) {
    return `${((controls / length) * 100).toFixed(1)}% of its bytes are control characters`;
  }
  return null;
}
