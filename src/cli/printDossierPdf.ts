// The CLI's PDF printer: the dossier HTML printed by Chromium through playwright-core, with
// every request refused. The app prints the same HTML with `webContents.printToPDF`.
import type { Browser } from 'playwright-core';
import type { Dossier } from '../shared/dossier';
import { htmlForPrinting } from '../core/dossier/pdf/htmlForPrinting';
import { loadEveryFontScript } from '../core/dossier/loadDossierAssets';
import { stampPdfMetadata } from '../core/dossier/pdf/stampPdfMetadata';
import { findChromium } from './findChromium';

/**
 * Chromium keeps only the last `--disable-features` it is given, so this list repeats the one
 * playwright-core (1.65) passes, which stops Chromium's own requests at start-up, and adds the
 * omnibox popup: headless Chromium builds a browser window whose address-bar popup is a web
 * page of its own, one more renderer process (40–80 MB) that a printer never shows.
 */
const disabledFeatures = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'WebUIOmniboxPopup',
  'WebUIOmniboxFullPopup',
  'WebUIOmniboxAimPopup',
];

/**
 * Printing needs one renderer and no GPU process; folding them in saves about 100 MB on a large
 * dossier. One process in all (`--single-process`, no zygote) saves more: a tagged print sends
 * the whole page's paint and accessibility tree from the renderer through the browser process
 * to the print compositor, and each process holds its own copy for a moment (the 1,000-claim
 * bench dossier peaked at 740–810 MB over five processes, 700 MB in one, PDF text the same).
 * The page is our own HTML, with no script of its own and every request refused, and there is
 * no sandbox to lose: the printer already runs with `--no-sandbox`.
 */
const chromiumArgs = [
  `--disable-features=${disabledFeatures.join(',')}`,
  '--no-sandbox',
  '--single-process',
  '--no-zygote',
  '--disable-gpu',
  '--in-process-gpu',
  '--renderer-process-limit=1',
  '--disable-extensions',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launchPrinter(): Promise<Browser> {
  const executablePath = await findChromium();
  // Loaded on the first print: playwright-core alone takes longer to load than every other CLI command.
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, args: chromiumArgs });
}

/** Prints dossier HTML to PDF bytes with Chromium: the CLI's `DossierPrinter`; `signal` closes the page. */
export async function printHtmlToPdf(html: string, signal?: AbortSignal, browser?: Browser): Promise<Uint8Array> {
  const owned = browser ? undefined : await launchPrinter();
  const printer = browser ?? (owned as Browser);
  const context = await printer.newContext({ offline: true, serviceWorkers: 'block', acceptDownloads: false });
  const closeOnAbort = () => void context.close();
  signal?.addEventListener('abort', closeOnAbort, { once: true });
  try {
    signal?.throwIfAborted();
    const page = await context.newPage();
    // The dossier references nothing outside itself; refuse anything that tries.
    await context.route('**/*', (route) => route.abort('blockedbyclient'));
    await page.setContent(htmlForPrinting(html), { waitUntil: 'load' });
    await page.evaluate(loadEveryFontScript());
    // Size, margins, footer and page numbers come from the dossier's own @page rule.
    return await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
  } finally {
    signal?.removeEventListener('abort', closeOnAbort);
    await context.close();
    await owned?.close();
  }
}

/** Prints the dossier's HTML to PDF bytes, with the case fingerprint in the PDF's metadata. */
export async function printDossierPdf(html: string, dossier: Dossier, browser?: Browser): Promise<Uint8Array> {
  // Stamped once Chromium has let go of the page: the copy this makes never adds to its memory.
  return await stampPdfMetadata(await printHtmlToPdf(html, undefined, browser), dossier);
}
