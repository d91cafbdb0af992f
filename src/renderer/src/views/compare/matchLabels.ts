import type { MatchLabel } from '../../../../shared/comparison';

/** Labels from the most to the least faithful copy; the order of legends and tallies. */
export const matchLabels: readonly MatchLabel[] = ['verbatim', 'near', 'substituted', 'paraphrase'];

export const matchLabelText: Record<MatchLabel | 'unique', string> = {
  verbatim: 'Verbatim',
  near: 'Lightly edited',
  substituted: 'Substituted words',
  paraphrase: 'Paraphrase',
  unique: 'Unique',
};

export const matchLabelHint: Record<MatchLabel | 'unique', string> = {
  verbatim: 'same words',
  near: 'a few words added, dropped or changed',
  substituted: 'words swapped for synonyms (spun copy)',
  paraphrase: 'same content, other words',
  unique: 'no counterpart in the other source',
};

export const formatShare = (share: number): string => `${Math.round(share * 100)}%`;
