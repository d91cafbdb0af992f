import type { Dossier } from '../../../shared/dossier';
import { fontFacesFor, type DossierAssets } from '../loadDossierAssets';
import { dossierPageRule, dossierPageSetup } from '../pdf/dossierPageSetup';
import { escapeHtml } from './escapeHtml';
import { renderAnnotations } from './renderAnnotations';
import { renderAppendix } from './renderAppendix';
import { renderClaimTable } from './renderClaimTable';
import { renderCover } from './renderCover';
import { renderReuse } from './renderReuse';
import { renderSources } from './renderSources';
import { renderSummary } from './renderSummary';

// Nothing may load or run: the page is data only, even when opened in an ordinary browser.
const contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; base-uri 'none'; form-action 'none'";

/**
 * The dossier as one self-contained HTML page: inline styles and fonts, inline SVG figures,
 * no script, no reference outside the file. The same page is printed to PDF by the CLI
 * (playwright-core) and by the app (`printToPDF`).
 *
 * The fonts sit in a style sheet of their own with no media-dependent rule: when Chromium
 * switches to print media it re-evaluates every sheet with `@media` rules, and a sheet that
 * also holds `@font-face` rules then rebuilds its fonts, which forces a full relayout of the
 * whole document, four times in one print (most of the print's CPU time on 1,000 claims).
 */
export function renderDossierHtml(dossier: Dossier, assets: DossierAssets): string {
  const page = dossierPageSetup(dossier);
  const title = `Dossier — ${dossier.case.name}`;
  const body = [renderCover(dossier), renderSummary(dossier), renderClaimTable(dossier), renderReuse(dossier), renderAnnotations(dossier), renderSources(dossier), renderAppendix(dossier)].join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<meta name="generator" content="${escapeHtml(dossier.generator)}">
<meta name="author" content="${escapeHtml(dossier.case.analystName ?? '')}">
<meta name="description" content="${escapeHtml(`Triangulate dossier of case ${dossier.case.name}; case fingerprint sha256:${dossier.case.fingerprint}`)}">
<meta name="triangulate-fingerprint" content="sha256:${escapeHtml(dossier.case.fingerprint)}">
<meta name="triangulate-schema-version" content="${dossier.schemaVersion}">
<style>
${fontFacesFor(body, assets)}
</style>
<style>
${dossierPageRule(dossier)}
${assets.css}
</style>
</head>
<body class="paper-${page.paper}">
<main>
${body}
</main>
</body>
</html>
`;
}
