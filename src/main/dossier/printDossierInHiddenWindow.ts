import { BrowserWindow, session, type Session } from 'electron';
import { randomUUID } from 'node:crypto';
import { htmlForPrinting } from '../../core/dossier/pdf/htmlForPrinting';
import { loadEveryFontScript } from '../../core/dossier/loadDossierAssets';
import { secureWebPreferences } from '../createMainWindow';

const printScheme = 'dossier-print';
const printPartition = 'dossier-print';
/** The pages waiting to be printed, by the token in their URL; each is removed once loaded. */
const pending = new Map<string, string>();
let printSession: Session | undefined;

/**
 * A session of its own for printing: it answers only the dossier page it is asked to load
 * and cancels every other request, so a dossier can never reach the network or the app.
 */
function preparedSession(): Session {
  if (printSession) return printSession;
  const prepared = session.fromPartition(printPartition, { cache: false });
  prepared.protocol.handle(printScheme, (request) => {
    const html = pending.get(new URL(request.url).pathname);
    if (html === undefined) return new Response('Not found', { status: 404 });
    return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8', 'X-Content-Type-Options': 'nosniff' } });
  });
  prepared.webRequest.onBeforeRequest((details, callback) => {
    const url = new URL(details.url);
    const isWaitingPage = url.protocol === `${printScheme}:` && pending.has(url.pathname);
    callback({ cancel: !isWaitingPage });
  });
  prepared.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  prepared.setPermissionCheckHandler(() => false);
  prepared.on('will-download', (event) => event.preventDefault());
  printSession = prepared;
  return prepared;
}

/**
 * Prints the dossier's HTML with Chromium's print engine, in a hidden sandboxed window with
 * no preload. Size, margins and page numbers come from the dossier's own @page rule.
 */
export async function printDossierInHiddenWindow(html: string, signal?: AbortSignal): Promise<Uint8Array> {
  signal?.throwIfAborted();
  const token = randomUUID();
  pending.set(token, htmlForPrinting(html));
  const window = new BrowserWindow({
    show: false,
    width: 1024,
    height: 1400,
    webPreferences: { ...secureWebPreferences, session: preparedSession(), images: true },
  });
  // Closing the window makes the load or the print in progress reject.
  const closeOnAbort = () => window.destroy();
  signal?.addEventListener('abort', closeOnAbort, { once: true });
  try {
    window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
    window.webContents.on('will-navigate', (event) => event.preventDefault());
    await window.loadURL(`${printScheme}:${token}`);
    pending.delete(token);
    // The fonts are inline data, but the print must not start before they are decoded.
    await Promise.race([
      window.webContents.executeJavaScript(loadEveryFontScript()),
      new Promise((resolve) => setTimeout(resolve, 5000)),
    ]);
    const pdf = await window.webContents.printToPDF({
      preferCSSPageSize: true,
      printBackground: true,
      generateTaggedPDF: true,
      generateDocumentOutline: true,
    });
    return new Uint8Array(pdf);
  } finally {
    signal?.removeEventListener('abort', closeOnAbort);
    pending.delete(token);
    if (!window.isDestroyed()) window.destroy();
  }
}
