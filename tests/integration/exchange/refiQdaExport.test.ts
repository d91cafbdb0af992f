import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refiCodeGuid } from '../../../src/core/dossier/exchange/refiQdaCodes';
import { refiSelectionGuid, refiSourceGuid } from '../../../src/core/dossier/exchange/buildRefiQdaProject';
import { xmlSafeText } from '../../../src/core/dossier/exchange/xmlSafeText';
import { Workbench } from '../../../src/core/workbench';
import type { Annotation } from '../../../src/shared/judgements';
import { bidiNote, buildExchangeCase } from './buildExchangeCase';

const schemas = join(__dirname, '../../fixtures/refi-qda');
const projectXsd = join(schemas, 'Project.xsd');
const codebookXsd = join(schemas, 'Codebook.xsd');

function run(command: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const validate = (schema: string, file: string) => run('xmllint', ['--noout', '--schema', schema, file]);

/** The values of `attribute` on every element named `element` (any namespace), in document order, as xmllint reads them. */
function attributeValues(file: string, element: string, attribute: string, where = ''): string[] {
  const result = run('xmllint', ['--xpath', `//*[local-name()='${element}']${where}/@${attribute}`, file]);
  // xmllint exits 10 when the path matches nothing.
  if (result.status === 10) return [];
  if (result.status !== 0) throw new Error(result.stderr);
  const decode = (value: string) => value.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return [...result.stdout.matchAll(new RegExp(` ${attribute}="([^"]*)"`, 'g'))].map((match) => decode(match[1] ?? ''));
}

function textOf(file: string, path: string): string {
  const result = run('xmllint', ['--xpath', `string(${path})`, file]);
  if (result.status !== 0) throw new Error(result.stderr);
  // xmllint ends what it prints with a newline of its own.
  return result.stdout.replace(/\n$/, '');
}

/** The selection for annotation `id`, as an XPath step. */
const selectionStep = (id: number) => `*[local-name()='PlainTextSelection'][@name='A${id}']`;

describe('REFI-QDA export (qdpx project, qdc codebook)', () => {
  let folder: string;
  let workbench: Workbench;
  let emojiAnnotation: Annotation;
  let goneAnnotationId: number;
  let unpacked: string;
  let projectFile: string;
  let codebookFile: string;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'triangulate-refi-'));
    workbench = (await buildExchangeCase(folder)).workbench;
    // Characters outside the BMP before the span: two UTF-16 units each, one REFI-QDA character.
    const emojiPath = join(folder, 'emoji.txt');
    writeFileSync(emojiPath, ['🙂 Emoji report 🇪🇺', '', 'The envoy 🚀 arrived in London on Tuesday and met the minister.', ''].join('\n'));
    const emojiId = (await workbench.importPaths([emojiPath])).imported[0]?.id;
    if (emojiId === undefined) throw new Error('the emoji article did not import');
    const emojiText = workbench.getSource(emojiId).text;
    const start = emojiText.indexOf('arrived in London');
    emojiAnnotation = workbench.annotate({ sourceId: emojiId, start, end: start + 'arrived in London'.length, note: 'Arrival, after 🚀.\r\nA control \u0001 XML cannot carry.', tags: ['arrival', 'origin'] });
    // An annotation whose source is then deleted: it stays in the case, anchored to nothing.
    const gonePath = join(folder, 'gone.txt');
    writeFileSync(gonePath, 'A report that the analyst later removed from the case.\n');
    const goneId = (await workbench.importPaths([gonePath])).imported[0]?.id;
    if (goneId === undefined) throw new Error('the gone article did not import');
    goneAnnotationId = workbench.annotate({ sourceId: goneId, start: 0, end: 8, tags: ['gone-tag'] }).id;
    workbench.deleteSource(goneId);

    await workbench.exportDossier('qdpx', join(folder, 'a.qdpx'));
    await workbench.exportDossier('qdc', join(folder, 'a.qdc'));
    codebookFile = join(folder, 'a.qdc');
    unpacked = join(folder, 'a');
    const unzip = run('unzip', ['-q', '-o', join(folder, 'a.qdpx'), '-d', unpacked]);
    if (unzip.status !== 0) throw new Error(unzip.stderr);
    projectFile = join(unpacked, 'project.qde');
  });
  afterAll(() => {
    workbench.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('packs project.qde and one UTF-8 text per source under Sources/, named by its SHA-256', () => {
    const listing = run('unzip', ['-l', join(folder, 'a.qdpx')]);
    expect(listing.status).toBe(0);
    const names = [...listing.stdout.matchAll(/\s(\S+)\n/g)].map((match) => match[1]).filter((name) => name === 'project.qde' || name?.startsWith('Sources/'));
    const sources = workbench.listSources();
    expect(names).toEqual(['project.qde', ...sources.map((source) => `Sources/${source.sha256}.txt`).sort()]);
    for (const source of sources) expect(readFileSync(join(unpacked, 'Sources', `${source.sha256}.txt`), 'utf8')).toBe(workbench.getSource(source.id).text);
    // Every entry carries the same date, so the bytes never depend on when the export ran.
    const dates = [...listing.stdout.matchAll(/^\s*\d+\s+(\S+ \S+)\s+(?:project\.qde|Sources\/)/gm)].map((match) => match[1]);
    expect(dates).toEqual(names.map(() => '1980-01-01 00:00'));
    expect(attributeValues(projectFile, 'TextSource', 'plainTextPath').sort()).toEqual(sources.map((source) => `internal://${source.sha256}.txt`).sort());
  });

  it('writes a project.qde that the REFI-QDA Project schema accepts', () => {
    const result = validate(projectXsd, projectFile);
    expect(result.stderr).toContain('validates');
    expect(result.status).toBe(0);
  });

  it('has xmllint refuse a project that breaks the schema, so the check above can fail', () => {
    const xml = readFileSync(projectFile, 'utf8');
    const withoutCodable = xml.replace(/ isCodable="true"/, '');
    const badPosition = xml.replace(/startPosition="\d+"/, 'startPosition="early"');
    expect(withoutCodable).not.toBe(xml);
    expect(badPosition).not.toBe(xml);
    for (const [name, broken] of [['no-codable.qde', withoutCodable], ['bad-position.qde', badPosition]] as const) {
      writeFileSync(join(folder, name), broken);
      const result = validate(projectXsd, join(folder, name));
      expect(result.status).not.toBe(0);
      expect(result.stderr).toMatch(/fails to validate/);
    }
  });

  it('counts selection positions in code points, so an emoji before the span does not shift it', () => {
    const source = workbench.getSource(emojiAnnotation.sourceId ?? 0);
    const start = Number(attributeValues(projectFile, 'PlainTextSelection', 'startPosition', `[@name='A${emojiAnnotation.id}']`)[0]);
    const end = Number(attributeValues(projectFile, 'PlainTextSelection', 'endPosition', `[@name='A${emojiAnnotation.id}']`)[0]);
    // Three emoji (the flag is two regional indicators) come before the span: four code points fewer than UTF-16 units.
    expect(emojiAnnotation.start - start).toBe(4);
    const characters = [...readFileSync(join(unpacked, 'Sources', `${source.sha256}.txt`), 'utf8')];
    expect(characters.slice(start, end).join('')).toBe('arrived in London');
    expect(end - start).toBe('arrived in London'.length);
  });

  it('turns every placeable annotation into a selection over its quote, coded with its tags, its note a Note', () => {
    const placeable = workbench.annotations().filter((annotation) => annotation.sourceId !== null && !annotation.isOrphaned);
    expect(attributeValues(projectFile, 'PlainTextSelection', 'name').sort()).toEqual(placeable.map((annotation) => `A${annotation.id}`).sort());
    for (const annotation of placeable) {
      const source = workbench.getSource(annotation.sourceId ?? 0);
      const where = `[@name='A${annotation.id}']`;
      const start = Number(attributeValues(projectFile, 'PlainTextSelection', 'startPosition', where)[0]);
      const end = Number(attributeValues(projectFile, 'PlainTextSelection', 'endPosition', where)[0]);
      expect([...source.text].slice(start, end).join('')).toBe(annotation.quote);
      expect(attributeValues(projectFile, 'TextSource', 'guid', `[.//${selectionStep(annotation.id)}]`)).toEqual([refiSourceGuid(source.sha256)]);
      const codeRefs = attributeValues(projectFile, 'CodeRef', 'targetGUID', `[ancestor::${selectionStep(annotation.id)}]`);
      expect(codeRefs.sort()).toEqual([...new Set(annotation.tags)].map(refiCodeGuid).sort());
      const noteRefs = attributeValues(projectFile, 'NoteRef', 'targetGUID', `[parent::${selectionStep(annotation.id)}]`);
      if (annotation.note === '') expect(noteRefs).toEqual([]);
      else expect(textOf(projectFile, `//*[local-name()='Note'][@guid='${noteRefs[0] ?? ''}']/*[local-name()='PlainTextContent']`)).toBe(xmlSafeText(annotation.note));
    }
    // What XML 1.0 cannot carry is replaced, and a CRLF is kept as the newline a parser would make of it.
    const emojiNote = attributeValues(projectFile, 'NoteRef', 'targetGUID', `[parent::${selectionStep(emojiAnnotation.id)}]`)[0] ?? '';
    expect(textOf(projectFile, `//*[local-name()='Note'][@guid='${emojiNote}']/*[local-name()='PlainTextContent']`)).toBe('Arrival, after 🚀.\nA control \uFFFD XML cannot carry.');
    // The bidi note, with its newline and controls, comes back as it was written.
    const bidi = placeable.find((annotation) => annotation.note === bidiNote);
    expect(bidi).toBeDefined();
  });

  it('leaves out an annotation whose source is gone, and keeps every CodeRef pointing at a code', () => {
    expect(workbench.annotations().some((annotation) => annotation.id === goneAnnotationId && annotation.sourceId === null)).toBe(true);
    expect(readFileSync(projectFile, 'utf8')).not.toContain(`name="A${goneAnnotationId}"`);
    const codes = new Set(attributeValues(projectFile, 'Code', 'guid'));
    for (const target of attributeValues(projectFile, 'CodeRef', 'targetGUID')) expect(codes.has(target)).toBe(true);
  });

  it('writes a codebook that the REFI-QDA Codebook schema accepts, holding the project\'s codes', () => {
    const result = validate(codebookXsd, codebookFile);
    expect(result.stderr).toContain('validates');
    expect(result.status).toBe(0);
    const pairs = (file: string) => attributeValues(file, 'Code', 'name').map((name, index) => [name, attributeValues(file, 'Code', 'guid')[index]]);
    expect(pairs(codebookFile)).toEqual(pairs(projectFile));
    const names = attributeValues(codebookFile, 'Code', 'name');
    expect(names).toEqual(expect.arrayContaining(['origin', 'arrival', '<tag>', 'a"b', '@t', 'dates', '-risk', '＋tag']));
    expect(attributeValues(codebookFile, 'Code', 'guid', "[@name='origin']")).toEqual([refiCodeGuid('origin')]);
  });

  it('has xmllint refuse a codebook that breaks the schema', () => {
    const broken = readFileSync(codebookFile, 'utf8').replace(/guid="[^"]*"/, 'guid="not-a-guid"');
    writeFileSync(join(folder, 'broken.qdc'), broken);
    const result = validate(codebookXsd, join(folder, 'broken.qdc'));
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/fails to validate/);
  });

  it('writes the same bytes for the same case, whenever it is exported', async () => {
    await workbench.exportDossier('qdpx', join(folder, 'b.qdpx'), { generatedAt: '2030-01-01T00:00:00.000Z' });
    expect(Buffer.compare(readFileSync(join(folder, 'a.qdpx')), readFileSync(join(folder, 'b.qdpx')))).toBe(0);
    await workbench.exportDossier('qdc', join(folder, 'b.qdc'), { generatedAt: '2030-01-01T00:00:00.000Z' });
    expect(readFileSync(join(folder, 'b.qdc'), 'utf8')).toBe(readFileSync(codebookFile, 'utf8'));
  });

  it('keeps every GUID when the case changes: a new annotation adds ids and renames none', async () => {
    const before = new Set([...readFileSync(projectFile, 'utf8').matchAll(/guid="([^"]+)"/gi)].map((match) => match[1]));
    const press = workbench.listSources()[0];
    if (!press) throw new Error('no source');
    const added = workbench.annotate({ sourceId: press.id, start: 0, end: 5, tags: ['later'] });
    await workbench.exportDossier('qdpx', join(folder, 'c.qdpx'));
    const xml = run('unzip', ['-p', join(folder, 'c.qdpx'), 'project.qde']).stdout;
    const after = new Set([...xml.matchAll(/guid="([^"]+)"/gi)].map((match) => match[1]));
    for (const guid of before) expect(after.has(guid)).toBe(true);
    expect(after.has(refiSelectionGuid({ id: added.id, sourceSha256: press.sha256 }))).toBe(true);
    expect(after.has(refiCodeGuid('later'))).toBe(true);
    expect(after.size).toBeGreaterThan(before.size);
  });
});

describe('REFI-QDA export of a case with no analyst work', () => {
  it('writes a project the schema accepts and refuses a codebook with no codes, writing nothing', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'triangulate-refi-empty-'));
    const workbench = Workbench.open(join(folder, 'empty.tri'));
    try {
      const path = join(folder, 'plain.txt');
      writeFileSync(path, 'A report nobody has tagged yet.\n');
      await workbench.importPaths([path]);
      await workbench.exportDossier('qdpx', join(folder, 'empty.qdpx'));
      const xml = run('unzip', ['-p', join(folder, 'empty.qdpx'), 'project.qde']).stdout;
      writeFileSync(join(folder, 'empty.qde'), xml);
      expect(validate(projectXsd, join(folder, 'empty.qde')).status).toBe(0);
      expect(xml).not.toContain('<CodeBook');
      await expect(workbench.exportDossier('qdc', join(folder, 'empty.qdc'))).rejects.toMatchObject({ code: 'invalid-input', message: expect.stringContaining('no tags') });
      expect(existsSync(join(folder, 'empty.qdc'))).toBe(false);
    } finally {
      workbench.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
