import * as chrono from 'chrono-node';

// chrono-node's English parsers, plus the wire-copy clock time its parsers do not read:
// four digits and a zone, "0737 GMT", "(1415 GMT)".
const wireTimePattern = /\b([01]\d|2[0-3])([0-5]\d)\s?(GMT|UTC|Z)\b/i;

function withWireTimes(parser: chrono.Chrono): chrono.Chrono {
  const extended = parser.clone();
  extended.parsers.push({
    pattern: () => wireTimePattern,
    extract: (_context, match) => ({ hour: Number(match[1]), minute: Number(match[2]), timezoneOffset: 0 }),
  });
  return extended;
}

/** Reads dates in running text: "on Monday", "last week", "March 18", "0737 GMT". */
export const casualNewsChrono = withWireTimes(chrono.casual);
/** Reads only written-out dates and times, for metadata lines: "Mar 18 2025 | 9:27 AM IST". */
export const strictNewsChrono = withWireTimes(chrono.strict);
