import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../../src/cli/findChromium';
import { runCli } from '../../../src/cli/runCli';
import type { Dossier } from '../../../src/shared/dossier';
import { buildDossierCase } from './buildDossierCase';

const squeeze = (text: string) => text.replace(/\s+/g, '');

describe('the HTML dossier', () => {
  let folder: string;
  let dossier: Dossier;
  let htmlPath: string;
  let browser: Browser;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'triangulate-dossier-html-'));
    const { casePath, workbench } = await buildDossierCase(folder);
    dossier = workbench.dossier({ includeAppendix: true });
    workbench.close();
    htmlPath = join(folder, 'dossier.html');
    const code = await runCli(['export', '--case', casePath, '--format', 'html', '--out', htmlPath, '--appendix'], { out: () => undefined, err: () => undefined });
    expect(code).toBe(0);
    browser = await chromium.launch({ executablePath: await findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('opens offline without a single request and shows every claim, quote and source hash', async () => {
    const context = await browser.newContext();
    const documentUrl = pathToFileURL(htmlPath).href;
    const requests: string[] = [];
    context.on('request', (request) => {
      if (request.url() !== documentUrl) requests.push(request.url());
    });
    await context.route('**/*', (route) => (route.request().url() === documentUrl ? route.continue() : route.abort('blockedbyclient')));
    const page = await context.newPage();
    await page.goto(documentUrl, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const text = squeeze(await page.locator('body').innerText());
    expect(requests).toEqual([]);
    expect(dossier.claims.filter((claim) => !text.includes(squeeze(claim.text))).map((claim) => claim.label)).toEqual([]);
    expect(dossier.claims.flatMap((claim) => claim.mentions.filter((mention) => !text.includes(squeeze(mention.text))).map(() => claim.label))).toEqual([]);
    expect(dossier.sources.filter((source) => !text.includes(source.sha256)).map((source) => source.label)).toEqual([]);
    // The hostile article's markup shows as text and runs nothing.
    expect(text).toContain(squeeze('<script>alert("dossier")</script>'));
    expect(await page.locator('script, img, iframe, object, embed, link, form').count()).toBe(0);
    const fonts = await page.evaluate(() => [...document.fonts].filter((font) => font.status === 'loaded').map((font) => font.family));
    expect(new Set(fonts.map((family) => family.replace(/"/g, '')))).toEqual(new Set(['Inter', 'Source Serif 4']));
    await context.close();
  });

  it('links only inside itself, and every link has a target', async () => {
    const page = await browser.newPage({ javaScriptEnabled: true });
    await page.setContent(readFileSync(htmlPath, 'utf8'));
    const links = await page.evaluate(() => [...document.querySelectorAll('[href]')].map((element) => element.getAttribute('href') ?? ''));
    expect(links.length).toBeGreaterThan(dossier.claims.length);
    expect(links.filter((href) => !href.startsWith('#'))).toEqual([]);
    const ids = new Set(await page.evaluate(() => [...document.querySelectorAll('[id]')].map((element) => element.id)));
    expect([...new Set(links.map((href) => href.slice(1)))].filter((id) => !ids.has(id))).toEqual([]);
    const sources = await page.evaluate(() => [...document.querySelectorAll('[src]')].length);
    expect(sources).toBe(0);
    await page.close();
  });

  it('references nothing outside the file in its styles', () => {
    const html = readFileSync(htmlPath, 'utf8');
    const urls = [...html.matchAll(/url\(([^)]*)\)/g)].map((match) => match[1] ?? '');
    expect(urls.filter((url) => !url.startsWith('data:') && !url.startsWith('#'))).toEqual([]);
    expect(html).toContain("default-src 'none'");
  });
});
