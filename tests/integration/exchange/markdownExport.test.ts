import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dossier } from '../../../src/shared/dossier';
import { Workbench } from '../../../src/core/workbench';
import { pinnedNow } from '../dossier/buildDossierCase';
import { bidiNote, buildExchangeCase } from './buildExchangeCase';
import { forbiddenToken, headings, inlineText, markdownTokens } from '../../helpers/markdownTokens';

const sections = ['Executive summary', 'Claims and evidence', 'Reuse and origins', 'Annotations', 'Sources and provenance'];

/** The headings a dossier's Markdown must have, in order: nothing the case holds may add or remove one. */
function expectedHeadings(dossier: Dossier): string[] {
  return [
    `1 Dossier: ${dossier.case.name}`,
    `2 ${sections[0]}`,
    '3 Contested claims',
    '3 Claims resting on a single origin',
    `2 ${sections[1]}`,
    ...dossier.claims.map((claim) => `3 ${claim.label}`),
    ...sections.slice(2, 4).map((section) => `2 ${section}`),
    `2 ${sections[4]}`,
    ...dossier.sources.map((source) => `3 ${source.label}: ${source.title.replace(/\r\n?|\n/g, ' ')}`),
    ...(dossier.appendix ? ['2 Appendix: source texts', ...dossier.appendix.map((source) => `3 ${source.label}: ${source.title.replace(/\r\n?|\n/g, ' ')}`)] : []),
  ];
}

const texts = (markdown: string) => markdownTokens(markdown).filter((token) => token.type === 'inline').map(inlineText);
const forbidden = (markdown: string) => markdownTokens(markdown).filter((token) => forbiddenToken.test(token.type)).map((token) => `${token.type} ${token.content}`);

describe('Markdown dossier on the sample case with hostile articles and notes', () => {
  let folder: string;
  let workbench: Workbench;
  let markdown: string;
  let dossier: Dossier;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'triangulate-markdown-'));
    workbench = (await buildExchangeCase(folder)).workbench;
    const written = await workbench.exportDossier('md', join(folder, 'dossier.md'), { includeAppendix: true, analystName: 'Ana <b>Lyst</b>' });
    dossier = written.dossier;
    markdown = readFileSync(join(folder, 'dossier.md'), 'utf8');
  });
  afterAll(() => {
    workbench.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('has exactly one heading per section, claim and source, and no HTML, link, image, code or emphasis', () => {
    expect(dossier.claims.length).toBeGreaterThan(50);
    expect(headings(markdownTokens(markdown))).toEqual(expectedHeadings(dossier));
    expect(forbidden(markdown)).toEqual([]);
  });

  it('quotes each source\'s words for a claim as a block quote holding exactly those words', () => {
    const tokens = markdownTokens(markdown);
    const quoted: string[] = [];
    let depth = 0;
    for (const token of tokens) {
      if (token.type === 'blockquote_open') depth += 1;
      if (token.type === 'blockquote_close') depth -= 1;
      if (depth > 0 && token.type === 'inline') quoted.push(inlineText(token));
    }
    const mentions = dossier.claims.flatMap((claim) => claim.mentions);
    expect(tokens.filter((token) => token.type === 'blockquote_open')).toHaveLength(mentions.length);
    expect(quoted).toEqual(mentions.map((mention) => mention.text.replace(/\r\n?/g, '\n')));
  });

  it('gives back the analyst\'s notes, the annotations and the hostile source text as text', () => {
    const all = texts(markdown);
    const has = (value: string) => all.some((text) => text.includes(value));
    expect(has(bidiNote)).toBe(true);
    expect(has('Note: @SUM(A1) <b>not bold</b>')).toBe(true);
    expect(has('Note: =cmd|" /C calc"!A0 <script>alert(1)</script>')).toBe(true);
    expect(has('Prepared by Ana <b>Lyst</b>')).toBe(true);
    expect(has('<script>alert("dossier")</script> <img src="http://attacker.example/pixel.png"> The council said 7 roads were closed.')).toBe(true);
    expect(has('The minister said "<b>yes</b>" & left.')).toBe(true);
    for (const claim of dossier.claims) expect(has(claim.text)).toBe(true);
    const judged = dossier.claims.filter((claim) => claim.credibility.analyst !== undefined);
    expect(judged.map((claim) => claim.credibility.analyst)).toEqual(expect.arrayContaining([2, 5]));
    expect(all.filter((text) => /^Analyst verdict: [1-6] /.test(text))).toHaveLength(judged.length);
  });

  it('writes the same text twice for an unchanged case, apart from the date on the byline', async () => {
    await workbench.exportDossier('md', join(folder, 'again.md'), { includeAppendix: true, analystName: 'Ana <b>Lyst</b>', generatedAt: '2030-01-01T00:00:00.000Z' });
    const again = readFileSync(join(folder, 'again.md'), 'utf8');
    const differing = again.split('\n').filter((line, index) => line !== markdown.split('\n')[index]);
    expect(differing).toEqual(['Prepared by Ana \\<b\\>Lyst\\</b\\> · 2030-01-01 00:00 UTC']);
  });
});

describe('Markdown dossier on a case whose text and file names are written to break Markdown', () => {
  const hostileName = 'evil `x` *y* _z_ # [a](javascript:alert(1)) | <b>\n1. item.txt';
  const hostileNote = '# heading?\n- item\n1. item\n\n    code?\n| a | b |\n| --- | --- |\n<!-- hidden --> <script>alert(1)</script> [x](javascript:alert(1)) `tick` **bold**';
  const article = [
    '# Injected heading [x](javascript:alert(1)) <!-- comment -->',
    '',
    'By `Desk` | Staff *Writer*',
    '',
    '1. The mayor said 300 people were evacuated from the *old* town on Monday.',
    '',
    '- <script>alert(1)</script> The council said 7 roads | 9 bridges were closed on Tuesday.',
    '',
    '> Officials said 42 homes lost power on Wednesday, and ___ nobody ___ was hurt.',
    '',
  ].join('\n');
  let folder: string;
  let workbench: Workbench;
  let markdown: string;
  let dossier: Dossier;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'triangulate-markdown-hostile-'));
    workbench = Workbench.open(join(folder, 'hostile.tri'), { now: pinnedNow });
    writeFileSync(join(folder, hostileName), article);
    const report = await workbench.importPaths([join(folder, hostileName)]);
    const id = report.imported[0]?.id;
    if (id === undefined) throw new Error(`the hostile article did not import: ${JSON.stringify(report)}`);
    workbench.analyse();
    const claim = workbench.claimsWithJudgements().claims[0];
    if (!claim) throw new Error('the hostile article gave no claims');
    workbench.judgeClaim({ claimId: claim.id, verdict: 3, note: hostileNote, tags: ['`t`', '*x*', '|'] });
    workbench.annotate({ sourceId: id, start: 0, end: 20, note: hostileNote, tags: ['<b>'], claimId: claim.id });
    const written = await workbench.exportDossier('md', join(folder, 'dossier.md'), { includeAppendix: true, analystName: '[me](javascript:x)' });
    dossier = written.dossier;
    markdown = readFileSync(join(folder, 'dossier.md'), 'utf8');
  });
  afterAll(() => {
    workbench.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('keeps the document\'s headings and writes no HTML, link, image, code or emphasis', () => {
    expect(dossier.sources[0]?.fileName).toBe(hostileName);
    expect(headings(markdownTokens(markdown))).toEqual(expectedHeadings(dossier));
    expect(forbidden(markdown)).toEqual([]);
  });

  it('gives back every hostile string as text: the note with its line breaks, the file name in its table cell, the source text', () => {
    const all = texts(markdown);
    expect(all.filter((text) => text.includes(hostileNote))).toHaveLength(2);
    expect(all).toContain(hostileName.replace('\n', ' '));
    expect(all).toContain('Tags: “*x*”, “`t`”, “|”');
    expect(all.some((text) => text.startsWith('Prepared by [me](javascript:x)'))).toBe(true);
    for (const line of article.split('\n').filter(Boolean)) expect(all).toContain(line);
  });

  it('keeps every table two columns wide', () => {
    const tokens = markdownTokens(markdown);
    const rows = tokens.reduce<number[]>((cells, token) => (token.type === 'tr_open' ? [...cells, 0] : token.type === 'th_open' || token.type === 'td_open' ? [...cells.slice(0, -1), (cells.at(-1) ?? 0) + 1] : cells), []);
    expect(rows.length).toBeGreaterThan(10);
    expect(new Set(rows)).toEqual(new Set([2]));
  });
});
