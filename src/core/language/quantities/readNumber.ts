// Numbers as news text writes them: "1,250", "3.5", "six", "twenty-five", "a dozen", "2.5 million".

const smallNumbers: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const tens: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
export const scales: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, tn: 1e12, m: 1e6, k: 1e3, mn: 1e6,
};

const wordNumber = `(?:(?:${Object.keys(tens).join('|')})(?:-(?:${Object.keys(smallNumbers).slice(0, 9).join('|')}))?|${Object.keys(smallNumbers).join('|')}|a dozen|dozen|a hundred|a thousand|a million|a billion)`;
/** A number in digits or words, then an optional scale word. */
export const numberSource = `(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+|${wordNumber}\\b)(?:\\s?(hundred|thousand|million|billion|trillion|bn|tn|mn)\\b)?`;

/** The value of a number matched by `numberSource` (without its scale word). */
export function readNumber(written: string): number | null {
  const lower = written.toLowerCase();
  if (/^[\d.,]+$/.test(lower)) {
    const value = Number(lower.replace(/,/g, ''));
    return Number.isFinite(value) ? value : null;
  }
  if (lower === 'a dozen' || lower === 'dozen') return 12;
  const article = /^a (hundred|thousand|million|billion)$/.exec(lower);
  if (article) return scales[article[1] ?? ''] ?? null;
  const [ten = '', unit] = lower.split('-');
  if (tens[ten] !== undefined) return tens[ten] + (unit ? smallNumbers[unit] ?? 0 : 0);
  return smallNumbers[lower] ?? null;
}
