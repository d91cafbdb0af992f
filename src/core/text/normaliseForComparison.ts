// Text in one canonical form for comparing reports: two outlets that print the same words
// with different quotes, dashes, capitals, punctuation or spacing compare equal.

const singleQuotes = /[‘’‚‛′`´]/gu;
const doubleQuotes = /[“”„‟″«»]/gu;
const dashes = /[‐‑‒–—―−]/gu;
// Dotted initialisms lose their stops: "U.S." -> "us", "a.m." -> "am".
const dottedInitialism = /(?<![\p{L}\p{N}.])\p{L}(?:\.\p{L})+\.?(?![\p{L}\p{N}])/gu;
// Apostrophes join ("don't" -> "dont", "Smith's" -> "smiths"); other punctuation separates.
const apostrophes = /'/gu;
// Anything but letters, marks, digits, white space, "%" and currency signs, except a full
// stop, comma or colon between two digits ("3.5", "120,000", "10:30").
const punctuation = /(?<!\p{N})[.,:]|[.,:](?!\p{N})|[^\p{L}\p{M}\p{N}\s%\p{Sc}.,:]/gu;
const whiteSpace = /\s+/gu;

/**
 * Lower-cased, NFKC-normalised text with curly quotes made straight and dashes made hyphens,
 * dotted initialisms closed up, then punctuation removed except inside numbers, and white space collapsed to single spaces.
 * "%" and currency signs are kept: "3.5%" and "$1.2bn" carry meaning the bare numbers lack.
 */
export function normaliseForComparison(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(singleQuotes, "'")
    .replace(doubleQuotes, '"')
    .replace(dashes, '-')
    .replace(dottedInitialism, (initialism) => initialism.replaceAll('.', ''))
    .replace(apostrophes, '')
    .replace(punctuation, ' ')
    .replace(whiteSpace, ' ')
    .trim();
}
