import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDossierHtml } from '../../../src/core/dossier/html/renderDossierHtml';
import { loadDossierAssets } from '../../../src/core/dossier/loadDossierAssets';
import { htmlForPrinting } from '../../../src/core/dossier/pdf/htmlForPrinting';
import { ensureSampleCase } from '../../../src/core/sample/ensureSampleCase';

const styleSheets = (html: string) => [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1] ?? '');

describe('the dossier page as printers load it', () => {
  let folder: string;
  let html: string;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'triangulate-dossier-print-html-'));
    const workbench = await ensureSampleCase(join(folder, 'sample.tri'));
    html = renderDossierHtml(workbench.dossier({ includeAppendix: true }), loadDossierAssets());
    workbench.close();
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('keeps its fonts in a style sheet with no media rule, so switching to print does not rebuild them', () => {
    const withFonts = styleSheets(html).filter((sheet) => sheet.includes('@font-face'));
    expect(withFonts.length).toBe(1);
    expect(withFonts[0]).not.toMatch(/@media|@page/);
    expect(styleSheets(html).some((sheet) => sheet.includes('@media') && sheet.includes('@page'))).toBe(true);
  });

  it('skips off-screen sections only in the copy a printer loads, never in the exported file', () => {
    expect(html).not.toContain('content-visibility');
    const printed = htmlForPrinting(html);
    const head = printed.slice(0, printed.indexOf('</head>'));
    expect(head).toMatch(/@media screen \{[^}]*content-visibility: auto/);
    expect(printed.replace(/<style>@media screen \{ main > section[^<]*<\/style>\n/, '')).toBe(html);
  });
});
