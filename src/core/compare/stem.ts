/** A light suffix stripper: enough to meet "talks"/"talked"/"talking" as one content word. */
export function stem(word: string): string {
  for (const suffix of ['ingly', 'ings', 'ing', 'edly', 'ed', 'ies', 'es', 's', 'ly']) {
    if (word.length - suffix.length >= 3 && word.endsWith(suffix)) {
      return suffix === 'ies' ? `${word.slice(0, -3)}y` : word.slice(0, -suffix.length);
    }
  }
  return word;
}
