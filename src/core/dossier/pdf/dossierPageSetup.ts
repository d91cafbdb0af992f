import type { Dossier, PaperSize } from '../../../shared/dossier';
import { escapeHtml } from '../html/escapeHtml';

/** Page geometry shared by the CLI's playwright print and the app's `printToPDF`, so both give the same pages. */
export interface DossierPageSetup {
  paper: PaperSize;
  widthMm: number;
  heightMm: number;
  marginsMm: { top: number; right: number; bottom: number; left: number };
  /** Chromium header/footer templates: the footer carries the page number and the fingerprint. */
  headerTemplate: string;
  footerTemplate: string;
}

const papers: Record<PaperSize, { widthMm: number; heightMm: number }> = {
  a4: { widthMm: 210, heightMm: 297 },
  letter: { widthMm: 215.9, heightMm: 279.4 },
};

export function dossierPageSetup(dossier: Dossier): DossierPageSetup {
  const paper = dossier.options.paper;
  const margins = { top: 16, right: 16, bottom: 18, left: 16 };
  // Templates render outside the page's styles, at a zoom of their own: sizes are set here in px.
  const footer =
    `<div style="width:100%;margin:0 ${margins.left}mm;font-family:Inter,'DejaVu Sans',sans-serif;font-size:7.5px;color:#555;display:flex;justify-content:space-between;">` +
    `<span>${escapeHtml(dossier.case.name)} · fingerprint ${dossier.case.fingerprint.slice(0, 16)}…</span>` +
    '<span>page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>';
  return { paper, ...papers[paper], marginsMm: margins, headerTemplate: '<div></div>', footerTemplate: footer };
}
