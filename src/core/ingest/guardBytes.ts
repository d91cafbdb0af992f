// Refuses files that cannot become a source before any work is done on them, each with a
// message naming the file and what to do about it.
import { describeTooLarge } from './describeTooLarge';
import { describeBinaryContent, describeMagicNumber } from './detectBinary';
import { IngestError, type IngestOptions } from './IngestedDocument';

function hasUtf16ByteOrderMark(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

export function guardBytes(bytes: Uint8Array, fileName: string, options: Pick<IngestOptions, 'maxBytes'>): void {
  if (bytes.length === 0) {
    throw new IngestError('empty', `"${fileName}" is empty (0 bytes). Check that the file was saved completely, then import it again.`);
  }
  if (bytes.length > options.maxBytes) {
    throw new IngestError('too-large', describeTooLarge(`"${fileName}"`, bytes.length, options.maxBytes));
  }
  const magic = describeMagicNumber(bytes);
  if (magic) {
    throw new IngestError(
      'binary',
      `"${fileName}" is ${magic}, not text, whatever its name says. Save or export the article as plain text (.txt) or a web page (.html) and import that file.`,
    );
  }
  if (!hasUtf16ByteOrderMark(bytes)) {
    const why = describeBinaryContent(bytes);
    if (why) {
      throw new IngestError(
        'binary',
        `"${fileName}" looks like a binary file, not text: ${why}. If it is UTF-16 text without a byte-order mark, ` +
          're-save it as UTF-8; otherwise export the article as plain text (.txt) and import that file.',
      );
    }
  }
}

/** After decoding: UTF-16 files are checked here, where their NULs would be characters. */
export function guardDecodedText(text: string, fileName: string): void {
  const sample = text.slice(0, 64 * 1024);
  const controls = sample.match(/[\u0000-\u0008\u000e-\u001f\u007f]/g)?.length ?? 0;
  if (sample.length > 0 && controls / sample.length > 0.01) {
    throw new IngestError(
      'binary',
      `"${fileName}" decodes to text full of control characters, so it is probably a binary file. Export the article as plain text (.txt) and import that file.`,
    );
  }
}
