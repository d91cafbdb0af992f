// What kind of text a source is, from general cues scored and listed in the origin so the
// analyst sees why: an agency credit or syndication note makes a wire story; a government
// or company voice ("today (Tuesday 18 March)", "Minister said:" before a quote, notes to
// editors) makes a press release; reported prose makes a news article.
import type { FieldProvenance, RemovedLine, SourceKind } from '../../shared/domain';
import { agencyNames, wordCount } from './findFurniture';
import { findTodayDate } from '../language/dates/findTodayDate';

export interface KindEvidence {
  paragraphs: readonly { text: string; line: number }[];
  removed: readonly RemovedLine[];
  agency: { name: string; line: number | null } | null;
  hasPersonByline: boolean;
  hasOutlet: boolean;
}

interface Cue {
  points: number;
  description: string;
}

const escapedAgencies = agencyNames.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
/** "LONDON (Reuters) -", "WASHINGTON (AP) —": the wire dateline. */
const wireDateline = new RegExp(`^[\\p{Lu}][\\p{L} .,'/-]{1,40}\\((${escapedAgencies})\\)\\s*[-–—]`, 'u');
const attributionLine = /\b(said|says|commented|added|stated|explained|announced)\s*:$/i;
const releaseFurniture =
  /^(notes? (to|for) editors|media (enquiries|contact|inquiries)|press (office|contact|enquiries)|for immediate release|-?\s*ends\s*-?|###)\s*:?$/iu;
const reportingVerb = /\b(said|says|told|according to|reported|announced|confirmed|added)\b/i;

const wireThreshold = 3;
const releaseThreshold = 4;
/** Share of paragraphs that must end as sentences for a text to read as an article, not a list. */
const minimumProseShare = 0.5;
/** ECB+ extracts are a headline and two or three sentences: still articles. */
const minimumProseParagraphs = 2;
const minimumArticleWords = 50;

const totalPoints = (cues: readonly Cue[]): number => cues.reduce((total, cue) => total + cue.points, 0);
const listed = (cues: readonly Cue[]): string => cues.map((cue) => cue.description).join('; ');

const closingCharacters = new Set(Array.from('"”’\')]', (character) => character.charCodeAt(0)));

/** Ends with . ! or ?, maybe inside closing quotes or brackets (`/[.!?]["”’')\]]*$/`, read from the end). */
function endsAsSentence(text: string): boolean {
  let end = text.length;
  while (end > 0 && closingCharacters.has(text.charCodeAt(end - 1))) end -= 1;
  const last = text.charCodeAt(end - 1);
  return last === 0x2e || last === 0x21 || last === 0x3f;
}

export function guessKind(evidence: KindEvidence): FieldProvenance & { value: SourceKind } {
  const wire: Cue[] = [];
  const release: Cue[] = [];
  if (evidence.agency) {
    const where = evidence.agency.line === null ? '' : ` (line ${evidence.agency.line})`;
    wire.push({ points: 3, description: `agency credit "${evidence.agency.name}"${where}` });
  }
  for (const removed of evidence.removed) {
    if (removed.reason === 'syndication note') wire.push({ points: 3, description: `syndication note (line ${removed.line})` });
    if (removed.reason === 'reporting credits') wire.push({ points: 2, description: `wire credits (line ${removed.line})` });
  }
  for (const paragraph of evidence.paragraphs.slice(0, 3)) {
    const dateline = wireDateline.exec(paragraph.text);
    if (dateline) wire.push({ points: 3, description: `wire dateline "${dateline[0].trim()}" (line ${paragraph.line})` });
  }

  const today = evidence.paragraphs.find((paragraph) => findTodayDate(paragraph.text));
  if (today) release.push({ points: 2, description: `writes its own date as "today (…)" (line ${today.line})` });
  const attributions = evidence.paragraphs.filter((paragraph) => wordCount(paragraph.text, 8) <= 8 && attributionLine.test(paragraph.text));
  if (attributions.length > 0) {
    const first = attributions[0];
    release.push({
      points: Math.min(3, attributions.length + 1),
      description: `${attributions.length} quote${attributions.length > 1 ? 's' : ''} introduced as "… said:" (line ${first?.line ?? '?'})`,
    });
  }
  const furniture = evidence.paragraphs.find((paragraph) => releaseFurniture.test(paragraph.text));
  if (furniture) release.push({ points: 3, description: `press-release section "${furniture.text}" (line ${furniture.line})` });
  const mention = evidence.paragraphs.find((paragraph) => /\bpress release\b/i.test(paragraph.text));
  if (mention) release.push({ points: 1, description: `mentions "press release" (line ${mention.line})` });
  if (!evidence.hasPersonByline && !evidence.agency && !evidence.hasOutlet && release.length > 0) {
    release.push({ points: 1, description: 'no byline, agency or outlet' });
  }

  const wireScore = totalPoints(wire);
  const releaseScore = totalPoints(release);
  if (wireScore >= wireThreshold && wireScore >= releaseScore) {
    return { value: 'wire', origin: `wire cues: ${listed(wire)}`, isInferred: true };
  }
  if (releaseScore >= releaseThreshold) {
    return { value: 'press-release', origin: `press-release cues: ${listed(release)}`, isInferred: true };
  }
  const text = evidence.paragraphs.map((paragraph) => paragraph.text).join(' ');
  const words = wordCount(text);
  const sentences = evidence.paragraphs.filter((paragraph) => endsAsSentence(paragraph.text)).length;
  const isProse = sentences / Math.max(1, evidence.paragraphs.length) >= minimumProseShare;
  if (words >= minimumArticleWords && (sentences >= 3 || (sentences >= minimumProseParagraphs && isProse))) {
    const speech = reportingVerb.test(text) ? ', reported speech' : '';
    return { value: 'news-article', origin: `news shape: ${evidence.paragraphs.length} paragraphs of prose, ${words} words${speech}`, isInferred: true };
  }
  return { value: 'unknown', origin: `no clear cues (${evidence.paragraphs.length} paragraphs, ${words} words)`, isInferred: true };
}
