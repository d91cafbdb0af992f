// Words that commonly open an English sentence and are rarely part of a name. After an
// abbreviation that may or may not end a sentence ("U.S.", "Co.", "I."), a following starter
// ("How", "It", "They") decides for a boundary; any other capitalised word ("Government",
// "Smith") is taken as the continuation of a name.

const starters = new Set(
  (
    'The A An This That These Those There Here It Its He She We They You I His Her Our Their My Your ' +
    'But And Or So Yet Nor However Meanwhile Then Now Also Still Instead Thus Therefore Moreover ' +
    'Furthermore Nevertheless Indeed Besides Otherwise Hence Finally First Second Third Overall ' +
    'If When Where What Why How Who Whom Whose Which While Whilst Although Though Because Since Unless ' +
    'After Before As In On At By For From With Without During Under Over Among Amid Despite According ' +
    'Some Many Most Much All Both Each Every Several Few Other Others Another Such No Not None ' +
    'Last Next Earlier Later Today Yesterday Tomorrow Tonight ' +
    'Is Are Was Were Do Does Did Has Have Had Can Could Will Would Should Shall May Might Must ' +
    "Let Please Mr Mrs Ms Dr Prof Don't Doesn't Didn't Isn't Aren't Wasn't Weren't Can't Couldn't " +
    "Won't Wouldn't Shouldn't Haven't Hasn't Hadn't"
  ).split(' '),
);

/** `word` with a straight apostrophe for any curly one; "It's", "Who'd", "I'll" count as their
 *  first part. */
export function isSentenceStarter(word: string): boolean {
  if (starters.has(word)) return true;
  const apostropheAt = word.indexOf("'");
  return apostropheAt > 0 && starters.has(word.slice(0, apostropheAt));
}
