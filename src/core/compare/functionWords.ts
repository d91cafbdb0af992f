// English function words plus reporting verbs and titles that carry no content of their own.
// Used for the "skeleton" of a sentence (what a synonym spinner leaves untouched) and to keep
// content-free bigrams out of the candidate index.
export const functionWords: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are aren't as at be because been before
  being below between both but by can can't cannot could couldn't did didn't do does doesn't doing
  don't down during each either few for from further had hadn't has hasn't have haven't having he
  he'd he'll he's her here here's hers herself him himself his how how's however i i'd i'll i'm i've
  if in into is isn't it it's its itself just let's like many may me might more most much must
  mustn't my myself neither no nor not now of off on once one only or other ought our ours
  ourselves out over own same shall shan't she she'd she'll she's should shouldn't so some such
  than that that's the their theirs them themselves then there there's these they they'd they'll
  they're they've this those though through to too under until up upon us very was wasn't we we'd
  we'll we're we've were weren't what what's when when's where where's whether which while who
  who's whom whose why why's will with within without won't would wouldn't yet you you'd you'll
  you're you've your yours yourself yourselves said says say told mr mrs ms dr also been being
  would could should will just even still already since among across per via`
    .split(/\s+/)
    .filter((word) => word.length > 0),
);
