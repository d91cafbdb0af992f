import { parse } from 'csv-parse/sync';
import type { StanceExample } from './trainStanceModel';
import { stanceLabels } from './StanceModel';
import type { StanceLabel } from './StanceModel';

export interface EmergentRow extends StanceExample {
  claimId: string;
}

/** Reads an Emergent CSV (claimHeadline, articleHeadline, articleHeadlineStance, claimId, …). */
export function readEmergentCsv(text: string): EmergentRow[] {
  const records = parse(text, { columns: true, skip_empty_lines: true, relax_quotes: true }) as Record<string, string>[];
  return records.flatMap((record) => {
    const stance = record.articleHeadlineStance as StanceLabel;
    if (!stanceLabels.includes(stance) || !record.claimHeadline || !record.articleHeadline) return [];
    return [{ claim: record.claimHeadline, report: record.articleHeadline, stance, claimId: record.claimId ?? record.claimHeadline }];
  });
}
