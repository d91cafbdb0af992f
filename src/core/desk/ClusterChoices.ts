/** What the analyst decided about clusters, keyed by mention span `sourceId:start:end`. */
export interface ClusterChoices {
  /** Mention → the claim the analyst put it in (merge or split). */
  overrides: ReadonlyMap<string, string>;
  /** Mention → fields the analyst corrected. */
  corrections: ReadonlyMap<string, Partial<Record<'speaker' | 'value' | 'stance', string>>>;
}

export const noClusterChoices: ClusterChoices = { overrides: new Map(), corrections: new Map() };

export const mentionKey = (mention: { sourceId: number; start: number; end: number }) =>
  `${mention.sourceId}:${mention.start}:${mention.end}`;
