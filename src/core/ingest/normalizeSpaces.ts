// Typographic and invisible spaces pasted from web pages break matching between sources
// ("18\u00a0March" vs "18 March"), so they are made plain before anything else looks at text.

/** No-break, en/em/thin/hair, narrow no-break, medium mathematical, ideographic, Ogham spaces, tab. */
const oddSpaces = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\v\f]/g;
/** Zero-width space/joiners, word joiner, BOM used as ZWNBSP, soft hyphen. */
const invisibles = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/** Splits text into lines on CRLF, CR, LF and Unicode line/paragraph separators. */
export function splitLines(text: string): string[] {
  // Most files break lines with LF alone, and a split on one character is several times faster.
  const hasOtherBreaks = text.includes('\r') || text.includes('\u2028') || text.includes('\u2029') || text.includes('\u0085');
  return hasOtherBreaks ? text.split(/\r\n|[\r\n\u2028\u2029\u0085]/) : text.split('\n');
}

/** Printable ASCII has no odd spaces or invisibles and is already NFC: most lines of English news. */
const printableAscii = /^[\x20-\x7e]*$/;

/** One line with odd spaces made plain, invisible characters dropped, runs of spaces collapsed, trimmed. */
export function normalizeLine(line: string): string {
  if (printableAscii.test(line)) return (line.includes('  ') ? line.replace(/ {2,}/g, ' ') : line).trim();
  return line.replace(invisibles, '').replace(oddSpaces, ' ').replace(/ {2,}/g, ' ').trim().normalize('NFC');
}
