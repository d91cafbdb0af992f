// How fast the Compare view appears on a case of 200 sources: the built renderer in Chromium,
// bridged to the app's own Workbench worker exactly as the e2e harness runs it. Times are taken
// inside the page, from the navigation to the frame that shows the content.
import { chromium, type Page } from '@playwright/test';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbench } from '../../src/core/workbench';
import { assertAppIsBuilt, rendererDir } from '../../tests/e2e/harness/builtApp';
import { launchChromiumHarness } from '../../tests/e2e/harness/launchChromiumHarness';
import { chromiumArgs, chromiumExecutable } from '../../tests/e2e/harness/launchMode';
import type { BenchCase, BenchRow } from '../BenchRow';
import { bbcFiles, ecbFiles } from '../corpora';

const sourceCount = 200;
const repeats = 5;

/** Half BBC articles spread over its five sections, half ECB+ articles, whose topics share events. */
function pickArticles(): string[] {
  const bbc = bbcFiles();
  const step = Math.max(1, Math.floor(bbc.length / (sourceCount / 2)));
  const fromBbc = bbc.filter((_, at) => at % step === 0).slice(0, sourceCount / 2);
  const fromEcb = ecbFiles()
    .filter((file) => /topic-\d+/.test(file))
    .slice(0, sourceCount - fromBbc.length);
  return [...fromBbc, ...fromEcb];
}

/** Runs `act` in the page and waits until `isShown` holds on a painted frame; returns milliseconds. */
async function timeInPage(page: Page, act: string, isShown: string): Promise<number> {
  // Written as page source: the bench's transpiler would wrap named functions in helpers the page lacks.
  const script = `(async () => {
    const started = performance.now();
    ${act}
    await new Promise((resolve, reject) => {
      const check = () => {
        if (${isShown}) resolve();
        else if (performance.now() - started > 30000) reject(new Error('Not shown within 30 s'));
        else requestAnimationFrame(check);
      };
      check();
    });
    // The frame after the DOM holds the content is the one the analyst sees.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return performance.now() - started;
  })()`;
  const elapsed: unknown = await page.evaluate(script);
  if (typeof elapsed !== 'number') throw new Error('The page returned no timing.');
  return elapsed;
}

/**
 * Scrolls the reuse matrix until the cell of the pair is on screen: only the cells in sight are
 * in the page, and the bench clicks the cell as the analyst would. Not timed.
 */
async function revealPair(page: Page, pair: string): Promise<void> {
  const script = `(async () => {
    const scroller = document.querySelector('.matrix-scroll');
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    if (!scroller) throw new Error('No reuse matrix.');
    for (let top = 0; top < scroller.scrollHeight; top += scroller.clientHeight / 2) {
      for (let left = 0; left < scroller.scrollWidth; left += scroller.clientWidth / 2) {
        scroller.scrollTo(left, top);
        await frame();
        const cell = document.querySelector('[data-pair="${pair}"]');
        if (cell) { cell.scrollIntoView({ block: 'center', inline: 'center' }); await frame(); return; }
      }
    }
    throw new Error('The pair ${pair} is not in the matrix.');
  })()`;
  await page.evaluate(script);
}

const median = (values: number[]) => [...values].sort((left, right) => left - right)[Math.floor(values.length / 2)] ?? 0;

const clickNav = (label: string) =>
  `[...document.querySelectorAll('nav button')].find((button) => button.textContent?.startsWith('${label}'))?.click();`;
const overviewShown =
  "document.querySelector('.reuse-matrix .matrix-cell') !== null && document.querySelector('.origin-graph') !== null";
const collationShown =
  "document.querySelector('.collation-table tbody tr') !== null && document.querySelector('.collation-table td[data-label]') !== null";
const sideBySideShown =
  "document.querySelectorAll('.pair-scroll .cmp-sentence[data-matched]').length > 0 && [...document.querySelectorAll('.pair-scroll')].every((column) => column.querySelector('.cmp-sentence[data-matched]') !== null)";

export const compareViewBench: BenchCase = async () => {
  assertAppIsBuilt();
  const executablePath = chromiumExecutable();
  if (!executablePath) throw new Error('No Chromium found (set CHROMIUM_PATH).');
  const folder = mkdtempSync(join(tmpdir(), 'triangulate-bench-view-'));
  const browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true });
  try {
    const casePath = join(folder, 'Bench.tri');
    // COMPARE_VIEW_CASE keeps the imported and analysed case between runs: the import takes
    // minutes, the views take milliseconds, and profiling them wants many runs.
    const keptCase = process.env.COMPARE_VIEW_CASE;
    const isReusing = keptCase !== undefined && existsSync(keptCase);
    if (isReusing) copyFileSync(keptCase, casePath);
    const workbench = Workbench.open(casePath);
    if (!isReusing) {
      await workbench.importPaths(pickArticles());
      workbench.analyse();
    }
    const sources = workbench.listSources();
    const comparison = workbench.comparison();
    workbench.close();
    if (keptCase !== undefined && !isReusing) copyFileSync(casePath, keptCase);
    const resultBytes = Buffer.byteLength(JSON.stringify(comparison));

    const words = new Map(sources.map((source) => [source.id, source.words]));
    const largest = comparison.matrix
      .filter((row) => row.shared > 0)
      .sort((left, right) => (words.get(right.a) ?? 0) + (words.get(right.b) ?? 0) - (words.get(left.a) ?? 0) - (words.get(left.b) ?? 0))[0];
    const reusing = new Set(comparison.matrix.filter((row) => row.shared > 0).flatMap((row) => [row.a, row.b]));
    const name = `Compare view, ${sources.length} sources (bbc-news + ecbplus-txt), matrix ${reusing.size}×${reusing.size}, ${comparison.edges.length} origin edges`;

    // COMPARE_VIEW_RENDERER runs another build of the renderer (e.g. the previous commit's) on
    // the same case in the same conditions, for a before/after comparison.
    const app = await launchChromiumHarness(browser, process.env.COMPARE_VIEW_RENDERER ?? rendererDir, 'light', casePath);
    const rows: BenchRow[] = [
      { case: name, metric: 'compare:result payload (JSON)', value: resultBytes / 1024, unit: 'KiB' },
    ];
    try {
      await app.page.locator('.data-table tbody tr').first().waitFor();
      // The cold open waits for this call; it is the bridge and the Workbench, not the view.
      const bridgeTimes: number[] = [];
      for (let run = 0; run < 3; run += 1) {
        const elapsed: unknown = await app.page.evaluate(
          "(async () => { const started = performance.now(); await window.workbench['compare:result']({}); return performance.now() - started; })()",
        );
        if (typeof elapsed === 'number') bridgeTimes.push(elapsed);
      }
      rows.push({ case: name, metric: 'compare:result over the bench bridge (median of 3)', value: median(bridgeTimes), unit: 'ms' });
      const coldOverview = await timeInPage(app.page, clickNav('Compare'), overviewShown);
      const warmOverview: number[] = [];
      for (let run = 0; run < repeats; run += 1) {
        await timeInPage(app.page, clickNav('Library'), "document.querySelector('.data-table tbody tr') !== null");
        warmOverview.push(await timeInPage(app.page, clickNav('Compare'), overviewShown));
      }
      // Every source in the matrix, those that share nothing too: the full sources × sources grid.
      const showAll = "document.querySelector('.figure.is-matrix .figure-head button[aria-pressed=\"false\"]')?.click();";
      const allShown =
        "document.querySelector('.figure.is-matrix .figure-head button[aria-pressed=\"true\"]') !== null && document.querySelector('.reuse-matrix .matrix-cell') !== null";
      const showAllTimes: number[] = [];
      for (let run = 0; run < repeats; run += 1) {
        await timeInPage(app.page, clickNav('Library'), "document.querySelector('.data-table tbody tr') !== null");
        await timeInPage(app.page, clickNav('Compare'), overviewShown);
        showAllTimes.push(await timeInPage(app.page, showAll, allShown));
      }
      rows.push(
        { case: name, metric: 'matrix + graph, first open', value: coldOverview, unit: 'ms', target: '< 1 s ("a moment")' },
        { case: name, metric: `matrix + graph, reopen (median of ${repeats})`, value: median(warmOverview), unit: 'ms' },
        { case: name, metric: `show all: ${sources.length}×${sources.length} matrix (median of ${repeats})`, value: median(showAllTimes), unit: 'ms' },
      );
      if (largest) {
        const openPair = `document.querySelector('[data-pair="${largest.a}-${largest.b}"]')?.click();`;
        const backToOverview = "document.getElementById('compare-tab-overview')?.click();";
        await revealPair(app.page, `${largest.a}-${largest.b}`);
        const coldPair = await timeInPage(app.page, openPair, sideBySideShown);
        const warmPair: number[] = [];
        for (let run = 0; run < repeats; run += 1) {
          await timeInPage(app.page, backToOverview, overviewShown);
          await revealPair(app.page, `${largest.a}-${largest.b}`);
          warmPair.push(await timeInPage(app.page, openPair, sideBySideShown));
        }
        const pairWords = (words.get(largest.a) ?? 0) + (words.get(largest.b) ?? 0);
        const pairName = `Compare side by side, largest sharing pair #${largest.a}/#${largest.b} (${pairWords.toLocaleString('en')} words)`;
        rows.push(
          { case: pairName, metric: 'first open', value: coldPair, unit: 'ms', target: '< 1 s ("a moment")' },
          { case: pairName, metric: `reopen (median of ${repeats})`, value: median(warmPair), unit: 'ms' },
        );
      }
      const openCollation = "document.getElementById('compare-tab-collation')?.click();";
      const coldCollation = await timeInPage(app.page, openCollation, collationShown);
      const warmCollation: number[] = [];
      for (let run = 0; run < repeats; run += 1) {
        await timeInPage(app.page, "document.getElementById('compare-tab-overview')?.click();", overviewShown);
        warmCollation.push(await timeInPage(app.page, openCollation, collationShown));
      }
      const collationName = `Compare collation, ${sources.length} sources (base: the most connected source)`;
      rows.push(
        { case: collationName, metric: 'first open', value: coldCollation, unit: 'ms', target: '< 1 s ("a moment")' },
        { case: collationName, metric: `reopen (median of ${repeats})`, value: median(warmCollation), unit: 'ms' },
      );
    } finally {
      await app.close();
    }
    return rows;
  } finally {
    await browser.close();
    rmSync(folder, { recursive: true, force: true });
  }
};
