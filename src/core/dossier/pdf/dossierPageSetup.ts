import type { Dossier, PaperSize } from '../../../shared/dossier';

/**
 * Page geometry. The dossier's own `@page` rule carries it, page numbers and the fingerprint
 * footer included (CSS page margin boxes), so the CLI's playwright print and the app's
 * `printToPDF` only need `preferCSSPageSize: true` to give the same pages.
 */
export interface DossierPageSetup {
  paper: PaperSize;
  widthMm: number;
  heightMm: number;
  marginsMm: { top: number; right: number; bottom: number; left: number };
}

const papers: Record<PaperSize, { widthMm: number; heightMm: number }> = {
  a4: { widthMm: 210, heightMm: 297 },
  letter: { widthMm: 215.9, heightMm: 279.4 },
};

export function dossierPageSetup(dossier: Dossier): DossierPageSetup {
  const paper = dossier.options.paper;
  return { paper, ...papers[paper], marginsMm: { top: 16, right: 16, bottom: 18, left: 16 } };
}

/** Text as a CSS string literal: everything but letters, digits and spaces escaped, so no text can close it. */
export function cssString(text: string): string {
  return `"${[...text].map((character) => (/[\p{L}\p{N} ]/u.test(character) ? character : `\\${(character.codePointAt(0) ?? 0).toString(16)} `)).join('')}"`;
}

/** The `@page` rule: size, margins, and the running footer with the case, its fingerprint and the page number. */
export function dossierPageRule(dossier: Dossier): string {
  const page = dossierPageSetup(dossier);
  const footer = `${dossier.case.name} · case fingerprint ${dossier.case.fingerprint.slice(0, 16)}…`;
  const margin = 'font-family: Inter, sans-serif; font-size: 7pt; color: #5c5c60; vertical-align: top; padding-top: 5mm;';
  return `@page {
  size: ${page.widthMm}mm ${page.heightMm}mm;
  margin: ${page.marginsMm.top}mm ${page.marginsMm.right}mm ${page.marginsMm.bottom}mm ${page.marginsMm.left}mm;
  @bottom-left { content: ${cssString(footer)}; ${margin} }
  @bottom-right { content: "page " counter(page) " of " counter(pages); ${margin} }
}`;
}
