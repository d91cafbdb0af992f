import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { PairMatch, SideMatches } from './pairMatches';
import type { Side } from './SentenceColumn';

/** A drawn link between two matched sentences, at their heights in the gutter. */
export interface GutterLink {
  key: string;
  label: PairMatch['label'];
  y1: number;
  y2: number;
}

/**
 * Keeps two columns of sentences in step: the column the analyst scrolls leads, the other
 * follows so matched sentences stay level, and the gutter's links are re-measured as they move.
 */
export function usePairScrolling(props: {
  pairKey: string;
  matches: SideMatches;
  activeKey: string | null;
  /** The loaded left and right sources and the pair's alignment: the columns move when any changes. */
  left: unknown;
  right: unknown;
  pair: unknown;
}) {
  const { pairKey, matches, activeKey, left, right, pair } = props;
  const leftScroll = useRef<HTMLDivElement>(null);
  const rightScroll = useRef<HTMLDivElement>(null);
  const gutter = useRef<SVGSVGElement>(null);
  const driver = useRef<Side>('a');
  const [links, setLinks] = useState<GutterLink[]>([]);

  const measureLinks = useCallback(() => {
    const svg = gutter.current;
    const a = leftScroll.current;
    const b = rightScroll.current;
    if (!svg || !a || !b) return;
    const { top, height } = svg.getBoundingClientRect();
    const next: GutterLink[] = [];
    for (const match of matches.all) {
      const from = a.querySelector<HTMLElement>(`[data-sentence-id="${match.aSentence}"]`);
      const to = b.querySelector<HTMLElement>(`[data-sentence-id="${match.bSentence}"]`);
      if (!from || !to) continue;
      const fromRect = from.getBoundingClientRect();
      const toRect = to.getBoundingClientRect();
      const y1 = fromRect.top + Math.min(fromRect.height / 2, 14) - top;
      const y2 = toRect.top + Math.min(toRect.height / 2, 14) - top;
      if ((y1 < 0 && y2 < 0) || (y1 > height && y2 > height)) continue;
      next.push({ key: match.key, label: match.label, y1, y2 });
    }
    setLinks(next);
  }, [matches]);

  // The column the analyst scrolls leads; the other brings the counterpart of its first
  // visible match level with it, so linked sentences stay side by side.
  const follow = useCallback(
    (side: Side) => {
      if (driver.current !== side) return;
      const lead = side === 'a' ? leftScroll.current : rightScroll.current;
      const other = side === 'a' ? rightScroll.current : leftScroll.current;
      if (!lead || !other) return;
      const byId = side === 'a' ? matches.left : matches.right;
      const anchor = [...lead.querySelectorAll<HTMLElement>('[data-matched="true"]')].find(
        (element) => element.offsetTop + element.offsetHeight > lead.scrollTop,
      );
      const match = anchor ? byId.get(Number(anchor.dataset.sentenceId)) : undefined;
      const counterpartId = match ? (side === 'a' ? match.bSentence : match.aSentence) : undefined;
      const counterpart = counterpartId ? other.querySelector<HTMLElement>(`[data-sentence-id="${counterpartId}"]`) : null;
      if (anchor && counterpart) level(anchor, counterpart, other);
      else {
        const leadRange = lead.scrollHeight - lead.clientHeight;
        other.scrollTop = leadRange > 0 ? (lead.scrollTop / leadRange) * (other.scrollHeight - other.clientHeight) : 0;
      }
    },
    [matches],
  );

  // A new pair opens at its first match, with the counterpart level on the other side.
  const openedPair = useRef<string | null>(null);
  useLayoutEffect(() => {
    const a = leftScroll.current;
    if (!left || !right || !pair || openedPair.current === pairKey || !a) return;
    openedPair.current = pairKey;
    const first = a.querySelector<HTMLElement>('[data-matched="true"]');
    driver.current = 'a';
    a.scrollTop = first ? Math.max(0, first.offsetTop - 48) : 0;
    follow('a');
  }, [pairKey, left, right, pair, follow]);

  useLayoutEffect(() => {
    measureLinks();
  }, [measureLinks, left, right, activeKey]);

  useEffect(() => {
    let frame = 0;
    const schedule = (side: Side) => () => {
      follow(side);
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(measureLinks);
    };
    const onLeft = schedule('a');
    const onRight = schedule('b');
    const a = leftScroll.current;
    const b = rightScroll.current;
    a?.addEventListener('scroll', onLeft, { passive: true });
    b?.addEventListener('scroll', onRight, { passive: true });
    const resize = new ResizeObserver(() => measureLinks());
    if (a) resize.observe(a);
    if (b) resize.observe(b);
    return () => {
      cancelAnimationFrame(frame);
      a?.removeEventListener('scroll', onLeft);
      b?.removeEventListener('scroll', onRight);
      resize.disconnect();
    };
  }, [follow, measureLinks, left, right]);
  /** Brings the counterpart of `sentenceId` level with it, the chosen side leading. */
  const levelCounterpart = useCallback((side: Side, sentenceId: number, counterpartId: number) => {
    const lead = side === 'a' ? leftScroll.current : rightScroll.current;
    const other = side === 'a' ? rightScroll.current : leftScroll.current;
    const anchor = lead?.querySelector<HTMLElement>(`[data-sentence-id="${sentenceId}"]`);
    const counterpart = other?.querySelector<HTMLElement>(`[data-sentence-id="${counterpartId}"]`);
    if (!lead || !other || !anchor || !counterpart) return;
    driver.current = side;
    level(anchor, counterpart, other);
  }, []);

  /** The column the analyst is about to scroll leads from now on. */
  const lead = useCallback((side: Side) => {
    driver.current = side;
  }, []);

  return { leftScroll, rightScroll, gutter, links, lead, levelCounterpart };
}

/** Scrolls `other` so `counterpart` stands at the same height on screen as `anchor`. */
function level(anchor: HTMLElement, counterpart: HTMLElement, other: HTMLElement): void {
  other.scrollTop += counterpart.getBoundingClientRect().top - anchor.getBoundingClientRect().top;
}
