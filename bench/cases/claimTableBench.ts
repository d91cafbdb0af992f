// The claim table at scale: the built renderer in Chromium, its bridge answering with 100,000
// generated claims, timed from opening the Claims view to the first rows on screen, then frame
// by frame while the table scrolls through in 5,000 px steps.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumExecutable } from '../../tests/e2e/harness/launchMode';
import { serveBuiltRenderer, testOrigin } from '../../tests/e2e/harness/serveBuiltRenderer';
import type { BenchCase, BenchRow } from '../BenchRow';

const claimCount = Number(process.env.CLAIM_BENCH_COUNT ?? 100_000);
const scrollSteps = 200;
const rendererDir = resolve(import.meta.dirname, '../../out/renderer');

/**
 * The page side of a stand-in bridge: every method the views call on the way to the claim table,
 * with claims generated in the page from a seeded generator (five sources, every claim kind,
 * one in seven contested) so nothing large crosses from Node.
 */
function fakeBridgeScript(count: number): string {
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

export const claimTableBench: BenchCase = async () => {
  if (!existsSync(join(rendererDir, 'index.html'))) throw new Error('Build the app first: npx electron-vite build');
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({ headless: true, args: chromiumArgs, ...(executablePath ? { executablePath } : {}) });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.addInitScript({ content: fakeBridgeScript(claimCount) });
    if (process.env.CLAIM_BENCH_HIDE) {
      await page.addInitScript({
        content: `localStorage.setItem('triangulate:claim-table:/bench/100k.tri', ${JSON.stringify(JSON.stringify({ columnOrder: [], hiddenColumns: process.env.CLAIM_BENCH_HIDE.split(',') }))})`,
      });
    }
    await serveBuiltRenderer(page, rendererDir, []);
    await page.goto(`${testOrigin}/index.html`);
    await page.getByRole('navigation', { name: 'Views' }).waitFor();

    // From the click on Claims to the first frame that shows claim rows (query, filter, sort model, rows).
    const firstRender = await page.evaluate(async () => {
      const button = [...document.querySelectorAll<HTMLButtonElement>('nav button')].find((item) => item.textContent?.startsWith('Claims'));
      const start = performance.now();
      button?.click();
      while (!document.querySelector('tr[data-claim-id]')) await new Promise((done) => requestAnimationFrame(done));
      await new Promise((done) => requestAnimationFrame(done));
      return performance.now() - start;
    });
    const renderedRows = await page.locator('tr[data-claim-id]').count();

    // Each step jumps 5,000 px and waits for the frame that paints it; the time is that frame's.
    const frames = await page.evaluate(async (steps) => {
      const scroller = document.querySelector<HTMLElement>('[data-testid="claim-table-scroll"]');
      if (!scroller) throw new Error('No claim table.');
      const times: number[] = [];
      for (let step = 0; step < steps; step += 1) {
        await new Promise((done) => requestAnimationFrame(done));
        const start = performance.now();
        scroller.scrollTop = (step * 5000) % Math.max(1, scroller.scrollHeight - scroller.clientHeight);
        scroller.dispatchEvent(new Event('scroll'));
        await new Promise((done) => requestAnimationFrame(done));
        await new Promise((done) => requestAnimationFrame(done));
        times.push(performance.now() - start);
      }
      return { times, scrollHeight: scroller.scrollHeight };
    }, scrollSteps);
    const sorted = [...frames.times].sort((a, b) => a - b);
    const quantile = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
    const label = `claim table, ${claimCount.toLocaleString('en')} claims (Chromium, built renderer; ${renderedRows} rows in the page)`;
    const rows: BenchRow[] = [
      { case: label, metric: 'open Claims view → first rows painted', value: firstRender, unit: 'ms' },
      { case: label, metric: `scroll step 5,000 px → painted, median of ${scrollSteps}`, value: quantile(0.5), unit: 'ms', target: '< 16.7 ms per frame' },
      { case: label, metric: 'scroll step → painted, p95', value: quantile(0.95), unit: 'ms' },
      { case: label, metric: 'scroll step → painted, worst', value: sorted.at(-1) ?? 0, unit: 'ms' },
      { case: label, metric: 'table height', value: frames.scrollHeight, unit: 'px' },
    ];
    return rows;
  } finally {
    await browser.close();
  }
};
