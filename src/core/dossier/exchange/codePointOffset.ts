// REFI-QDA counts positions in characters (Unicode code points); JavaScript indexes strings in
// UTF-16 code units, so every character outside the Basic Multilingual Plane (an emoji, say)
// before a span would shift it by one in a QDA tool.

/** The number of code points in `text` before the UTF-16 index `index`. */
export function codePointOffset(text: string, index: number): number {
  let count = 0;
  for (let unit = 0; unit < index && unit < text.length; unit += 1) {
    const code = text.charCodeAt(unit);
    // A high surrogate followed by a low one is one code point: count it once, at the high half.
    const isPairStart = code >= 0xd800 && code <= 0xdbff && unit + 1 < text.length && (text.charCodeAt(unit + 1) & 0xfc00) === 0xdc00;
    count += 1;
    if (isPairStart) unit += 1;
  }
  return count;
}
