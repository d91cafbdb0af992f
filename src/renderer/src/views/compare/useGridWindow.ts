import { useCallback, useLayoutEffect, useState, type RefObject } from 'react';

/** Pixel geometry of a grid of fixed-size cells below a header row and right of a header column. */
export interface GridGeometry {
  headHeight: number;
  headWidth: number;
  rowPitch: number;
  columnPitch: number;
}

/** The rows and columns to render, `end` excluded. */
export interface GridWindow {
  rowStart: number;
  rowEnd: number;
  columnStart: number;
  columnEnd: number;
}

// Cells rendered beyond each edge, so a wheel turn shows cells already laid out.
const overscan = 3;
// Windows snap to blocks, so scrolling within a block re-renders nothing.
const block = 4;

// Nothing until the scroller is measured: the first layout places the page around an empty
// grid of the right size, and the cells then lay out inside it alone, before the first paint.
const unmeasured: GridWindow = { rowStart: 0, rowEnd: 0, columnStart: 0, columnEnd: 0 };

function windowOf(scroller: HTMLElement, geometry: GridGeometry, rowCount: number, columnCount: number): GridWindow {
  const top = scroller.scrollTop;
  const left = scroller.scrollLeft;
  const height = scroller.clientHeight;
  const width = scroller.clientWidth;
  const span = (from: number, size: number, pitch: number, count: number) => {
    const first = Math.floor(from / pitch);
    const last = Math.ceil((from + Math.max(0, size)) / pitch);
    return [
      Math.max(0, Math.floor((first - overscan) / block) * block),
      Math.min(count, Math.ceil((last + overscan) / block) * block),
    ] as const;
  };
  const [rowStart, rowEnd] = span(top, height - geometry.headHeight, geometry.rowPitch, rowCount);
  const [columnStart, columnEnd] = span(left, width - geometry.headWidth, geometry.columnPitch, columnCount);
  return { rowStart, rowEnd, columnStart, columnEnd };
}

const isSame = (left: GridWindow, right: GridWindow) =>
  left.rowStart === right.rowStart &&
  left.rowEnd === right.rowEnd &&
  left.columnStart === right.columnStart &&
  left.columnEnd === right.columnEnd;

/**
 * The part of a large grid the scroller shows, kept up to date on scroll and resize, and a way
 * to scroll a cell into the part the sticky headers leave uncovered. Rendering only this part
 * makes a 200 × 200 grid cost what a screenful costs.
 */
export function useGridWindow(
  scrollerRef: RefObject<HTMLElement | null>,
  geometry: GridGeometry,
  rowCount: number,
  columnCount: number,
): { visible: GridWindow; reveal(row: number, column: number): void } {
  const [shown, setShown] = useState<GridWindow>(unmeasured);

  const update = useCallback(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    const next = windowOf(scroller, geometry, rowCount, columnCount);
    setShown((previous) => (isSame(previous, next) ? previous : next));
  }, [scrollerRef, geometry, rowCount, columnCount]);

  useLayoutEffect(() => {
    const scroller = scrollerRef.current;
    update();
    if (!scroller) return;
    // Scroll events come once a frame already; the window follows in the same frame.
    scroller.addEventListener('scroll', update, { passive: true });
    const resize = new ResizeObserver(update);
    resize.observe(scroller);
    return () => {
      scroller.removeEventListener('scroll', update);
      resize.disconnect();
    };
  }, [scrollerRef, update]);

  const reveal = useCallback(
    (row: number, column: number) => {
      const scroller = scrollerRef.current;
      if (!scroller) return;
      const bring = (position: number, pitch: number, scrolled: number, visible: number) =>
        position < scrolled ? position : position + pitch > scrolled + visible ? position + pitch - visible : scrolled;
      scroller.scrollTop = bring(row * geometry.rowPitch, geometry.rowPitch, scroller.scrollTop, scroller.clientHeight - geometry.headHeight);
      scroller.scrollLeft = bring(
        column * geometry.columnPitch,
        geometry.columnPitch,
        scroller.scrollLeft,
        scroller.clientWidth - geometry.headWidth,
      );
    },
    [scrollerRef, geometry],
  );

  return { visible: shown, reveal };
}
