const letterOrNumber = /[\p{L}\p{N}]/u;

const isWordCharacter = 1;
const isJoinerCharacter = 2;
/** What each ASCII character is to a word: most text is ASCII, and a table beats comparisons there. */
const asciiRoles = new Uint8Array(128).map((_, code) => {
  const lower = code | 32;
  if ((code >= 48 && code <= 57) || (lower >= 97 && lower <= 122)) return isWordCharacter;
  // ' . , -
  return code === 39 || code === 46 || code === 44 || code === 45 ? isJoinerCharacter : 0;
});

function roleOf(text: string, index: number, code: number): number {
  if (code < 128) return asciiRoles[code] ?? 0;
  if (code === 0x2019) return isJoinerCharacter; // ’
  return letterOrNumber.test(String.fromCodePoint(text.codePointAt(index) ?? code)) ? isWordCharacter : 0;
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
  const length = text.length;
  for (let index = 0; index < length; index += 1) {
    const code = text.charCodeAt(index);
    const role = roleOf(text, index, code);
    if (role === isWordCharacter) {
      if (!isInWord && !isAfterJoiner) count += 1;
      isInWord = true;
      isAfterJoiner = false;
      // A letter outside the Basic Multilingual Plane takes two code units.
      if (code >= 0xd800 && code <= 0xdbff) index += 1;
    } else {
      isAfterJoiner = isInWord && role === isJoinerCharacter;
      isInWord = false;
    }
  }
  return count;
}
