const wordPattern = /[\p{L}\p{N}]+(?:['’.,\-][\p{L}\p{N}]+)*/gu;

/** Words as a reader counts them: `120,000`, `don't` and `EU-UK` are one word each. */
export function countWords(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(wordPattern)) count += 1;
  return count;
}
