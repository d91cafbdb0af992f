const letterOrNumber = /[\p{L}\p{N}]/u;

function isLetterOrNumber(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return letterOrNumber.test(String.fromCodePoint(text.codePointAt(index) ?? code));
}

function isJoiner(code: number): boolean {
  // ' ’ . , -
  return code === 39 || code === 0x2019 || code === 46 || code === 44 || code === 45;
}

/**
 * Words as a reader counts them: `120,000`, `don't` and `EU-UK` are one word each, that is runs of
 * letters and digits joined by single apostrophes, stops, commas or hyphens. A character loop
 * rather than a regex match: it runs over every text imported, and matching allocates per word.
 */
export function countWords(text: string): number {
  let count = 0;
  let isInWord = false;
  let isAfterJoiner = false;
  for (let index = 0; index < text.length; index += 1) {
    if (isLetterOrNumber(text, index)) {
      if (!isInWord && !isAfterJoiner) count += 1;
      isInWord = true;
      isAfterJoiner = false;
      // A letter outside the Basic Multilingual Plane takes two code units.
      if (text.charCodeAt(index) >= 0xd800 && text.charCodeAt(index) <= 0xdbff) index += 1;
    } else {
      isAfterJoiner = isInWord && isJoiner(text.charCodeAt(index));
      isInWord = false;
    }
  }
  return count;
}
