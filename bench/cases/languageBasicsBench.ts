// Speed of the language layer's sentences, dates and quantities over bbc-news + ecbplus-txt
// (2.7k real articles, about 1M words): each module alone over every sentence, in words per
// second, and its peak memory. The baseline is a split of the same text on white space.
import { readFileSync } from 'node:fs';
import { findDateMentions } from '../../src/core/language/dates/findDateMentions';
import { findMeasures } from '../../src/core/language/quantities/findMeasures';
import { segmentSentences } from '../../src/core/language/sentences/segmentSentences';
import type { BenchCase, BenchRow } from '../BenchRow';
import { bbcFiles, ecbFiles } from '../corpora';
import { measure } from '../measure';

export const languageBasicsBench: BenchCase = async () => {
  const texts = [...bbcFiles(), ...ecbFiles()].map((file) => readFileSync(file, 'utf8'));
  const label = `language bbc-news + ecbplus-txt (${texts.length.toLocaleString('en')} docs)`;
  const baseline = await measure(() => texts.reduce((sum, text) => sum + text.split(/\s+/).filter(Boolean).length, 0));
  const words = baseline.result;
  const wordsPerSecond = (ms: number) => words / (ms / 1000);
  const sentences = await measure(() => texts.map((text) => segmentSentences(text)));
  const spans = sentences.result;
  const dates = await measure(() =>
    texts.reduce((count, text, index) => count + (spans[index] ?? []).reduce((sum, span) => sum + findDateMentions(text, span.start, span.end, '2005-01-01').length, 0), 0),
  );
  const quantities = await measure(() =>
    texts.reduce((count, text, index) => count + (spans[index] ?? []).reduce((sum, span) => sum + findMeasures(text, span.start, span.end).length, 0), 0),
  );
  const rows: BenchRow[] = [{ case: label, metric: 'words', value: words, unit: 'words' }];
  for (const [name, run] of [['sentences', sentences], ['dates', dates], ['quantities (dates excluded inside)', quantities]] as const) {
    rows.push({ case: `${label}: ${name}`, metric: 'throughput', value: wordsPerSecond(run.cpuMs), unit: 'words/s CPU', baseline: wordsPerSecond(baseline.cpuMs) });
    rows.push({ case: `${label}: ${name}`, metric: 'peak memory', value: run.peakRssMb, unit: 'MB', baseline: run.startRssMb });
  }
  rows.push({ case: label, metric: 'dates found', value: dates.result, unit: 'mentions' }, { case: label, metric: 'quantities found', value: quantities.result, unit: 'mentions' });
  return rows;
};
