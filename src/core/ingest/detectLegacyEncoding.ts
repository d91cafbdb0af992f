// Which legacy encoding non-UTF-8 bytes are in, by chardet's statistical recognisers (the
// ICU set: Western and Central European, Cyrillic, Greek, Hebrew, Arabic, Turkish, Shift_JIS,
// EUC-JP, EUC-KR, GB18030, Big5), checked by decoding with iconv-lite.
import { analyse } from 'chardet';
import iconv from 'iconv-lite';

/**
 * chardet's confidence runs 0–100. Real paragraphs scored 37–100 in our tests, even a single
 * Windows-1252 byte in English; byte noise scored 1–3. Below this, a guess is no better than noise.
 */
const minConfidence = 10;
/** The recognisers judge byte statistics, which settle long before this; scanning a 20 MB file whole would not change the answer. */
const sampleBytes = 64 * 1024;

export type LegacyDetection =
  | { encoding: string; text: string }
  | { encoding: null; reason: string };

/**
 * The most likely encoding that decodes every byte. A candidate that leaves a byte undefined
 * (iconv-lite gives U+FFFD for it) is passed over for the next, so a byte that Windows-1252
 * leaves undefined does not get decoded as Windows-1252 with a hole in it.
 */
export function detectLegacyEncoding(bytes: Uint8Array): LegacyDetection {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const candidates = analyse(bytes.subarray(0, sampleBytes));
  const best = candidates[0];
  if (!best || best.confidence < minConfidence) {
    return { encoding: null, reason: best ? `the best guess, ${best.name}, fits too poorly (${best.confidence} of 100)` : 'no encoding fits it' };
  }
  const rejected: string[] = [];
  for (const candidate of candidates) {
    if (candidate.confidence < minConfidence) break;
    // UTF-16/32 without a byte-order mark and ISO-2022 are recognised but not decoded here.
    if (/^(?:UTF|ISO-2022)/i.test(candidate.name) || !iconv.encodingExists(candidate.name)) {
      rejected.push(`${candidate.name} is not supported`);
      continue;
    }
    const text = iconv.decode(buffer, candidate.name);
    if (text.includes('\uFFFD')) {
      rejected.push(`${candidate.name} leaves some bytes undefined`);
      continue;
    }
    return { encoding: candidate.name.toLowerCase(), text };
  }
  return { encoding: null, reason: rejected.join('; ') };
}
