import type { ClaimStatus } from '../../../shared/claims';
import type { ReliabilityGrade } from '../../../shared/judgements';

/** Admiralty credibility in words. */
export const credibilityWords: Record<number, string> = {
  1: 'confirmed',
  2: 'probably true',
  3: 'possibly true',
  4: 'doubtful',
  5: 'improbable',
  6: 'cannot be judged',
};

export const gradeWords: Record<ReliabilityGrade, string> = {
  A: 'completely reliable',
  B: 'usually reliable',
  C: 'fairly reliable',
  D: 'not usually reliable',
  E: 'unreliable',
  F: 'cannot be judged',
};

export const statusWords: Record<ClaimStatus, string> = {
  contested: 'contested',
  'single-source': 'single source',
  corroborated: 'corroborated',
};

export const kindWords: Record<string, string> = {
  'press-release': 'press release',
  wire: 'wire',
  'news-article': 'news article',
  unknown: 'unknown kind',
};

export const plural = (count: number, noun: string, nouns = `${noun}s`) => `${count.toLocaleString('en')} ${count === 1 ? noun : nouns}`;

export const percent = (share: number) => `${Math.round(share * 100)}%`;

/** `2025-03-18 09:27 UTC` from an ISO date-time; dates alone pass through. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime()) || !iso.includes('T')) return iso;
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
