// The claim table at scale: the built renderer in Chromium, its bridge answering with 100,000
// generated claims, timed from opening the Claims view to the first painted rows, then frame by
// frame while the table jumps through in 5,000 px steps and while it scrolls continuously.
// Every time ends at a painted frame, never at a React commit.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumExecutable } from '../../tests/e2e/harness/launchMode';
import { serveBuiltRenderer, testOrigin } from '../../tests/e2e/harness/serveBuiltRenderer';
import type { BenchCase, BenchRow } from '../BenchRow';

const claimCount = Number(process.env.CLAIM_BENCH_COUNT ?? 100_000);
const scrollSteps = Number(process.env.CLAIM_BENCH_STEPS ?? 200);
// CLAIM_BENCH_RENDERER points at another build of the renderer, to compare two versions side by side.
const rendererDir = resolve(process.env.CLAIM_BENCH_RENDERER ?? resolve(import.meta.dirname, '../../out/renderer'));

/**
 * The page side of a stand-in bridge: every method the views call on the way to the claim table,
 * with claims generated in the page from a seeded generator (five sources, every claim kind,
 * one in seven contested) so nothing large crosses from Node.
 */
export function fakeBridgeScript(count: number): string {
  return `(() => {
    let seed = 42;
    const random = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 4294967296);
    const kinds = ['quote', 'quantity', 'event', 'role', 'statement'];
    const speakers = ['David Lammy', 'John Healey', 'Kaja Kallas', 'Donald Trump', 'Keir Starmer', 'Ursula von der Leyen'];
    const words = 'talks ministers pressure sanctions ceasefire defence spending summit loan training soldiers coalition countries billion week meeting Brussels London statement officials'.split(' ');
    const sentence = () => Array.from({ length: 8 + Math.floor(random() * 14) }, () => words[Math.floor(random() * words.length)]).join(' ') + '.';
    const claims = [];
    for (let index = 0; index < ${count}; index += 1) {
      const kind = kinds[index % kinds.length];
      const sources = [1, 2, 3, 4, 5].filter(() => random() < 0.45);
      if (sources.length === 0) sources.push(1 + (index % 5));
      const isContested = index % 7 === 0 && sources.length > 1;
      const mentions = sources.map((source, at) => ({
        source, stance: isContested && at === sources.length - 1 ? 'contradicts' : 'supports',
        text: sentence(), start: at * 100, end: at * 100 + 60,
        ...(isContested && at === sources.length - 1 ? { reason: 'different figure' } : {}),
      }));
      const supporting = mentions.filter((m) => m.stance === 'supports').length;
      claims.push({
        id: 'c-' + index, kind, text: sentence(),
        ...(kind === 'quote' || kind === 'role' ? { speaker: speakers[index % speakers.length] } : {}),
        ...(kind === 'quantity' ? { value: (index % 900) + ' soldiers' } : {}),
        status: isContested ? 'contested' : supporting > 1 ? 'corroborated' : 'single-source',
        supporting, independentOrigins: Math.max(1, Math.ceil(supporting / 2)),
        credibility: { proposed: 1 + (index % 6), reason: 'generated' },
        mentions,
        judgement: { claimId: 'c-' + index, verdict: index % 11 === 0 ? 2 : null, confidence: null, note: index % 13 === 0 ? 'checked' : '', isFlagged: false, tags: index % 17 === 0 ? ['bench'] : [] },
      });
    }
    const sources = [1, 2, 3, 4, 5].map((id) => ({ id, fileName: 'source-' + id + '.txt', title: 'Generated source ' + id, outlet: 'Outlet ' + id,
      byline: null, publishedAt: '2025-03-18', kind: 'news-article', language: 'en', sha256: String(id).repeat(64), words: 500, sentences: 20, importedAt: '2025-03-18T10:00:00Z' }));
    const answers = {
      'case:info': { path: '/bench/100k.tri', name: '100k claims', schemaVersion: 4, sources: 5, sentences: 100, lastImportAt: null },
      'sources:list': sources,
      'claims:list': { claims },
      'sources:grades': sources.map((s) => ({ sourceId: s.id, grade: 'B' })),
      'annotations:list': [],
      'history:state': { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null },
      'codebook:list': ['bench'],
      'compare:result': { matrix: [], edges: [], originGroups: [[1, 2], [3], [4], [5]], alignments: [] },
      'audit:list': [],
      'shell:network-status': { isOffline: true, blockedRequests: 0, lastBlockedUrl: null },
    };
    const bridge = new Proxy({}, {
      get(_, method) {
        if (method === 'on') return () => () => undefined;
        if (method === 'pathForFile') return () => '';
        return async () => method in answers ? { ok: true, value: answers[method] } : { ok: false, error: { code: 'unknown', message: 'not in the bench bridge: ' + String(method) } };
      },
    });
    Object.defineProperty(window, 'workbench', { value: bridge });
  })();`;
}

/**
 * Page-side helpers the measurements share. `nextPaint` resolves once the frame after the call
 * has been painted: a message posted from that frame's animation callback is delivered only
 * after the frame's style, layout and paint are done.
 */
const pageHelpers = `
  window.__bench = {
    nextPaint() {
      return new Promise((done) => requestAnimationFrame((frameStart) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => done({ frameStart, painted: performance.now() });
        channel.port2.postMessage(0);
      }));
    },
  };
`;

interface StepFigures {
  /** From setting scrollTop to the end of the frame that painted the new rows (waits for the frame). */
  latencies: number[];
  /** From the start of that frame to its end: the work the scroll cost, against a 16.7 ms budget. */
  frames: number[];
  /** Steps whose frame did not yet show the rows of the new position. */
  stale: number;
  scrollHeight: number;
}

interface ContinuousFigures {
  intervals: number[];
  seconds: number;
  stale: number;
}

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

export const claimTableBench: BenchCase = async () => {
  if (!existsSync(join(rendererDir, 'index.html'))) throw new Error('Build the app first: npx electron-vite build');
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({ headless: true, args: chromiumArgs, ...(executablePath ? { executablePath } : {}) });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.addInitScript({ content: fakeBridgeScript(claimCount) });
    await page.addInitScript({ content: pageHelpers });
    if (process.env.CLAIM_BENCH_HIDE) {
      await page.addInitScript({
        content: `localStorage.setItem('triangulate:claim-table:/bench/100k.tri', ${JSON.stringify(JSON.stringify({ columnOrder: [], hiddenColumns: process.env.CLAIM_BENCH_HIDE.split(',') }))})`,
      });
    }
    await serveBuiltRenderer(page, rendererDir, []);
    await page.goto(`${testOrigin}/index.html`);
    await page.getByRole('navigation', { name: 'Views' }).waitFor();

    // From the click on Claims to the end of the first frame that shows claim rows.
    const firstRows = await page.evaluate(`(async () => {
      const button = [...document.querySelectorAll('nav button')].find((item) => item.textContent.startsWith('Claims'));
      const start = performance.now();
      button.click();
      for (;;) {
        const frame = await window.__bench.nextPaint();
        if (document.querySelector('[data-claim-id]')) return frame.painted - start;
      }
    })()`);
    const renderedRows = await page.locator('[data-claim-id]').count();
    const nodesPerRow = Number(
      await page.evaluate(`(() => {
        const rows = [...document.querySelectorAll('[data-claim-id]')];
        return rows.reduce((sum, row) => sum + row.querySelectorAll('*').length + 1, 0) / rows.length;
      })()`),
    );

    // Jumps of 5,000 px: each is set between frames, and timed to the end of the frame that
    // shows the rows of the new position (checked by their row index, so a frame that painted
    // blank or old rows is counted as stale rather than as quick).
    const steps = (await page.evaluate(`(async () => {
      const scroller = document.querySelector('[data-testid="claim-table-scroll"]');
      const rowHeight = 34;
      const latencies = [], frames = [];
      let stale = 0;
      for (let step = 1; step <= ${scrollSteps}; step += 1) {
        await window.__bench.nextPaint();
        const top = (step * 5000) % Math.max(1, scroller.scrollHeight - scroller.clientHeight);
        const start = performance.now();
        scroller.scrollTop = top;
        const frame = await window.__bench.nextPaint();
        latencies.push(frame.painted - start);
        frames.push(frame.painted - Math.max(start, frame.frameStart));
        const expected = Math.floor(scroller.scrollTop / rowHeight) + 2;
        if (!scroller.querySelector('[data-index="' + expected + '"]')) stale += 1;
      }
      return { latencies, frames, stale, scrollHeight: scroller.scrollHeight };
    })()`)) as StepFigures;

    // A continuous scroll: 120 px more each frame (about 7,000 px a second, a quick flick),
    // for three seconds; the gaps between frames say how smooth it looked.
    const continuous = (await page.evaluate(`(async () => {
      const scroller = document.querySelector('[data-testid="claim-table-scroll"]');
      scroller.scrollTop = 0;
      await window.__bench.nextPaint();
      const stamps = [];
      let stale = 0;
      await new Promise((done) => {
        const tick = (stamp) => {
          const expected = Math.floor(scroller.scrollTop / 34) + 2;
          if (stamps.length > 0 && !scroller.querySelector('[data-index="' + expected + '"]')) stale += 1;
          stamps.push(stamp);
          if (stamp - stamps[0] >= 3000) return done();
          scroller.scrollTop += 120;
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      const intervals = stamps.slice(1).map((stamp, index) => stamp - stamps[index]);
      return { intervals, seconds: (stamps.at(-1) - stamps[0]) / 1000, stale };
    })()`)) as ContinuousFigures;

    const label = `claim table, ${claimCount.toLocaleString('en')} claims (Chromium, built renderer; ${renderedRows} rows in the page, ${nodesPerRow.toFixed(0)} elements a row)`;
    const frameBudget = '< 16.7 ms (one frame at 60 Hz)';
    const rows: BenchRow[] = [
      { case: label, metric: 'open Claims view → first rows painted', value: Number(firstRows), unit: 'ms' },
      { case: label, metric: `scroll jump 5,000 px: frame work to painted, median of ${scrollSteps}`, value: quantile(steps.frames, 0.5), unit: 'ms', target: frameBudget },
      { case: label, metric: 'scroll jump: frame work to painted, p95', value: quantile(steps.frames, 0.95), unit: 'ms', target: frameBudget },
      { case: label, metric: 'scroll jump: scrollTop set → painted (waits for the frame), median', value: quantile(steps.latencies, 0.5), unit: 'ms' },
      { case: label, metric: 'scroll jump: scrollTop set → painted, p95', value: quantile(steps.latencies, 0.95), unit: 'ms' },
      { case: label, metric: 'scroll jump: frames painted without the new rows', value: steps.stale, unit: `of ${scrollSteps}` },
      { case: label, metric: 'continuous scroll 120 px a frame: frame rate', value: continuous.intervals.length / continuous.seconds, unit: 'fps', target: '60 fps' },
      { case: label, metric: 'continuous scroll: frame interval p95', value: quantile(continuous.intervals, 0.95), unit: 'ms', target: frameBudget },
      { case: label, metric: 'continuous scroll: frames painted without their rows', value: continuous.stale, unit: `of ${continuous.intervals.length}` },
      { case: label, metric: 'table height', value: steps.scrollHeight, unit: 'px' },
    ];
    return rows;
  } finally {
    await browser.close();
  }
};
