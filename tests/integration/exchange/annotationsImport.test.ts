import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsonld from 'jsonld';
import type { RemoteDocument } from 'jsonld/jsonld-spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/runCli';
import { createApiHandlers } from '../../../src/core/createApiHandlers';
import { api } from '../../../src/shared/api';
import { ExchangeFileError } from '../../../src/core/exchange/ExchangeFileError';
import { Workbench } from '../../../src/core/workbench';
import { pinnedNow } from '../dossier/buildDossierCase';
import { buildExchangeCase } from './buildExchangeCase';

const generatedAt = '2025-04-02T08:00:00.000Z';

const annoContextUrl = 'http://www.w3.org/ns/anno.jsonld';
const annoContext = JSON.parse(readFileSync(join(__dirname, '../../fixtures/jsonld/anno.jsonld'), 'utf8')) as RemoteDocument['document'];
// Serves the W3C context from the fixture and refuses everything else, so nothing goes online.
const documentLoader = async (url: string): Promise<RemoteDocument> => {
  if (url !== annoContextUrl) throw new Error(`the test loader refuses ${url}`);
  return { contextUrl: undefined, documentUrl: url, document: annoContext };
};

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { out: (text) => (stdout += `${text}\n`), err: (text) => (stderr += `${text}\n`) });
  return { code, stdout, stderr };
}

/** The index of the second place `quote` occurs in `text`, and a quote of `length` characters that does repeat. */
function repeatedPhrase(text: string): { quote: string; second: number } {
  const words = [...text.matchAll(/\b[A-Za-z]{6,}\b/g)];
  for (const word of words) {
    const first = text.indexOf(word[0]);
    const second = text.indexOf(word[0], first + 1);
    if (second !== -1 && first !== second) return { quote: word[0], second };
  }
  throw new Error('the source repeats no word of six letters');
}

describe('annotations import (W3C Web Annotation)', () => {
  let folder: string;
  let casePath: string;
  let workbench: Workbench;
  let exported: string;

  /** A copy of the exchange case, under the same file name so its dossier has the same name. */
  function copyOfCase(name: string): Workbench {
    const target = join(folder, name);
    mkdirSync(target);
    copyFileSync(casePath, join(target, 'dossier.tri'));
    return Workbench.open(join(target, 'dossier.tri'), { now: pinnedNow });
  }

  /** A copy of the exchange case with every annotation deleted. */
  function copyWithoutAnnotations(name: string): Workbench {
    const copy = copyOfCase(name);
    for (const annotation of copy.annotations()) copy.deleteAnnotation(annotation.id);
    expect(copy.annotations()).toEqual([]);
    return copy;
  }

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'triangulate-annotations-import-'));
    const built = await buildExchangeCase(folder);
    casePath = built.casePath;
    built.workbench.close();
    // Two days later: one annotation edited (its created and modified dates differ), one made
    // and an older one deleted, so the ids have a gap an import must not close up.
    const later = Workbench.open(casePath, { now: () => new Date('2025-04-03T12:00:00Z') });
    const [edited, deleted] = later.annotations();
    if (!edited || !deleted) throw new Error('the exchange case has fewer than two annotations');
    later.updateAnnotation({ id: edited.id, note: `${edited.note} (checked)` });
    later.annotate({ sourceId: edited.sourceId ?? 0, start: edited.start, end: edited.end, note: 'Made after the others.', tags: ['late'] });
    later.deleteAnnotation(deleted.id);
    later.close();
    workbench = Workbench.open(casePath, { now: pinnedNow });
    expect(new Set(workbench.annotations().map((annotation) => annotation.createdAt === annotation.updatedAt))).toEqual(new Set([true, false]));
    const ids = workbench.annotations().map((annotation) => annotation.id);
    expect(ids).not.toEqual(ids.map((_, index) => index + 1));
    await workbench.exportDossier('annotations', join(folder, 'first.jsonld'), { generatedAt });
    exported = readFileSync(join(folder, 'first.jsonld'), 'utf8');
  });
  afterAll(() => {
    workbench.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('export, import into a copy with the annotations deleted, export again: the same bytes', async () => {
    const copy = copyWithoutAnnotations('round-trip');
    try {
      const report = copy.importAnnotations(join(folder, 'first.jsonld'));
      const count = workbench.annotations().length;
      expect(count).toBeGreaterThanOrEqual(3);
      expect(report.imported).toHaveLength(count);
      expect([report.duplicates, report.unmatched, report.unanchored, report.refused]).toEqual([[], [], [], []]);
      expect(report.imported.every((entry) => entry.anchoredBy === 'position')).toBe(true);
      await copy.exportDossier('annotations', join(folder, 'second.jsonld'), { generatedAt });
      expect(readFileSync(join(folder, 'second.jsonld'), 'utf8')).toBe(exported);
      // The dates, claim links and hostile notes are the originals', not the import's.
      // Ids too: each comes back with the id its exported name was made from.
      expect(copy.annotations()).toEqual(workbench.annotations());
    } finally {
      copy.close();
    }
  });

  it('importing the same file twice skips every annotation as a duplicate and adds nothing', () => {
    const copy = copyWithoutAnnotations('twice');
    try {
      copy.importAnnotations(join(folder, 'first.jsonld'));
      const before = copy.annotations();
      const history = copy.history();
      const again = copy.importAnnotations(join(folder, 'first.jsonld'));
      expect(again.imported).toEqual([]);
      expect(again.duplicates.map((entry) => entry.sameAs)).toEqual(before.map((annotation) => annotation.id));
      expect(again.duplicates[0]?.reason).toMatch(/same source, span, note and tags/);
      expect(copy.annotations()).toEqual(before);
      expect(copy.history()).toEqual(history);
      // Into the original case itself: all already there.
      expect(workbench.importAnnotations(join(folder, 'first.jsonld')).duplicates).toHaveLength(before.length);
    } finally {
      copy.close();
    }
  });

  it("anchors another tool's file (quote selector with prefix and suffix, source by SHA-256) at the occurrence its context names", () => {
    const source = workbench.listSources().find((candidate) => candidate.kind === 'press-release') ?? workbench.listSources()[0];
    if (!source) throw new Error('no sources');
    const text = workbench.getSource(source.id).text;
    const { quote, second } = repeatedPhrase(text);
    const hypothesis = [
      {
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        id: 'https://hypothes.is/a/Qm9vazEyMw',
        type: 'Annotation',
        created: '2025-03-20T09:15:00.000000+00:00',
        modified: '2025-03-21T10:00:00.000000+00:00',
        creator: 'acct:analyst@hypothes.is',
        // Hypothesis writes the comment without a purpose and the tags with purpose tagging.
        body: [
          { type: 'TextualBody', value: 'The second mention, **not** the first.', format: 'text/markdown' },
          { type: 'TextualBody', purpose: 'tagging', value: 'second-mention' },
        ],
        target: [
          {
            source: `urn:sha256:${source.sha256.toUpperCase()}`,
            selector: [{ type: 'TextQuoteSelector', exact: quote, prefix: text.slice(second - 32, second), suffix: text.slice(second + quote.length, second + quote.length + 32) }],
          },
        ],
      },
    ];
    const file = join(folder, 'hypothesis.json');
    writeFileSync(file, JSON.stringify(hypothesis, null, 2));
    const copy = copyWithoutAnnotations('hypothesis');
    try {
      const report = copy.importAnnotations(file);
      expect(report.imported).toHaveLength(1);
      expect(report.imported[0]).toMatchObject({ item: 1, id: 'https://hypothes.is/a/Qm9vazEyMw', sourceId: source.id, anchoredBy: 'quote' });
      const [annotation] = copy.annotations();
      expect(annotation).toMatchObject({
        sourceId: source.id,
        start: second,
        end: second + quote.length,
        quote,
        note: 'The second mention, **not** the first.',
        tags: ['second-mention'],
        claimId: null,
        isOrphaned: false,
        createdAt: '2025-03-20T09:15:00.000000+00:00',
        updatedAt: '2025-03-21T10:00:00.000000+00:00',
      });
      expect(text.indexOf(quote)).toBeLessThan(second);
    } finally {
      copy.close();
    }
  });

  it('reports a quote no longer in the text as could not anchor, a source not in the case as unmatched, and imports the rest', async () => {
    const source = workbench.listSources()[0];
    if (!source) throw new Error('no sources');
    const text = workbench.getSource(source.id).text;
    const target = (selector: unknown[], sourceId = `urn:sha256:${source.sha256}`) => ({ source: sourceId, selector });
    const items = [
      { type: 'Annotation', body: { type: 'TextualBody', value: 'kept', purpose: 'commenting' }, target: target([{ type: 'TextPositionSelector', start: 0, end: 12 }, { type: 'TextQuoteSelector', exact: text.slice(0, 12) }]) },
      { id: 'gone', type: 'Annotation', target: target([{ type: 'TextQuoteSelector', exact: 'words this source never held', prefix: 'x', suffix: 'y' }, { type: 'TextPositionSelector', start: 0, end: 28 }]) },
      { id: 'elsewhere', type: 'Annotation', target: target([{ type: 'TextQuoteSelector', exact: text.slice(0, 12) }], `urn:sha256:${'0'.repeat(64)}`) },
      { id: 'web', type: 'Annotation', target: target([{ type: 'TextQuoteSelector', exact: text.slice(0, 12) }], 'https://example.org/story') },
      { id: 'no-selector', type: 'Annotation', target: `urn:sha256:${source.sha256}` },
      { id: 'long-tag', type: 'Annotation', body: { type: 'TextualBody', purpose: 'tagging', value: 'x'.repeat(61) }, target: target([{ type: 'TextQuoteSelector', exact: text.slice(0, 12) }]) },
    ];
    const file = join(folder, 'mixed.jsonld');
    writeFileSync(file, JSON.stringify({ type: 'AnnotationPage', items }));
    const copy = copyWithoutAnnotations('mixed');
    copy.close();
    const copyPath = join(folder, 'mixed', 'dossier.tri');
    const { code, stdout } = await cli('import-annotations', file, '--case', copyPath, '--json');
    expect(code).toBe(2);
    const report = JSON.parse(stdout) as ReturnType<Workbench['importAnnotations']>;
    expect(report.imported.map((entry) => entry.item)).toEqual([1]);
    // A target that is only the source's id has no selector, so it cannot be placed either.
    expect(report.unanchored).toEqual([
      { item: 2, id: 'gone', quote: 'words this source never held', sourceId: source.id, reason: 'its quote is not in the text of the source' },
      { item: 5, id: 'no-selector', quote: null, sourceId: source.id, reason: 'it has neither a TextQuoteSelector nor a TextPositionSelector' },
    ]);
    expect(report.unmatched.map((entry) => [entry.id, entry.reason])).toEqual([
      ['elsewhere', 'no source of this case has the SHA-256 its target names'],
      ['web', expect.stringContaining('is not named by the SHA-256 of a file')],
    ]);
    expect(report.refused.map((entry) => entry.id)).toEqual(['long-tag']);
    expect(report.refused[0]?.reason).toMatch(/1 to 60 characters/);
    expect(report.duplicates).toEqual([]);
    const human = await cli('import-annotations', file, '--case', copyPath);
    expect(human.code).toBe(2);
    expect(human.stdout).toMatch(/imported 0, duplicates 1, unmatched source 2, could not anchor 2, refused 1\./);
    expect(human.stdout).toContain('could not anchor: it has neither a TextQuoteSelector nor a TextPositionSelector');
    const reopened = Workbench.open(copyPath);
    try {
      expect(reopened.annotations().map((annotation) => [annotation.start, annotation.end, annotation.note])).toEqual([[0, 12, 'kept']]);
    } finally {
      reopened.close();
    }
  });

  it('refuses a malformed file with one sentence, and changes nothing', async () => {
    const broken = join(folder, 'broken.jsonld');
    writeFileSync(broken, exported.slice(0, exported.length / 2));
    const notAnnotations = join(folder, 'not-annotations.jsonld');
    writeFileSync(notAnnotations, JSON.stringify({ type: 'AnnotationCollection', first: { items: [{ type: 'Annotation', body: [] }] } }));
    const before = { annotations: workbench.annotations(), history: workbench.history(), audit: workbench.auditLog(1000).length };
    for (const [file, message] of [
      [broken, /^broken\.jsonld is not JSON( \(at character \d+\))?, so it cannot be a Web Annotation file\.$/],
      [notAnnotations, /^Annotation 1 of not-annotations\.jsonld is not a W3C Web Annotation at target: [^.]+\.$/],
    ] as const) {
      let thrown: unknown;
      try {
        workbench.importAnnotations(file);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(ExchangeFileError);
      expect((thrown as ExchangeFileError).code).toBe('wrong-format');
      expect((thrown as Error).message).toMatch(message);
    }
    // The sentence names the fault, never quotes the file (which could be anything the path names).
    const secret = join(folder, 'secret.jsonld');
    writeFileSync(secret, 'password=hunter2');
    expect(() => workbench.importAnnotations(secret)).toThrow(/^secret\.jsonld is not JSON, so it cannot be a Web Annotation file\.$/);
    expect({ annotations: workbench.annotations(), history: workbench.history(), audit: workbench.auditLog(1000).length }).toEqual(before);
    copyOfCase('cli-refused').close();
    const copyPath = join(folder, 'cli-refused', 'dossier.tri');
    const refused = await cli('import-annotations', broken, '--case', copyPath);
    expect(refused.code).toBe(65);
    expect(refused.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^triangulate import-annotations: broken\.jsonld is not JSON/)]);
    const missing = await cli('import-annotations', join(folder, 'nowhere.jsonld'), '--case', copyPath);
    expect(missing.code).toBe(66);
    expect(missing.stderr).toContain('There is no file');
    // A mistyped --case is refused too, and no empty case is left behind.
    const noCase = await cli('import-annotations', join(folder, 'first.jsonld'), '--case', join(folder, 'no-such-case.tri'));
    expect(noCase.code).toBe(66);
    expect(existsSync(join(folder, 'no-such-case.tri'))).toBe(false);
  });

  it('undo removes a whole import in one step and redo brings it back; the audit log names each annotation', () => {
    const copy = copyWithoutAnnotations('undo');
    try {
      const audit = copy.auditLog(1000).length;
      const report = copy.importAnnotations(join(folder, 'first.jsonld'));
      const imported = copy.annotations();
      expect(copy.history().undoLabel).toBe(`Import ${report.imported.length} annotations from first.jsonld`);
      const entries = copy.auditLog(1000).slice(0, copy.auditLog(1000).length - audit);
      expect(entries.map((entry) => entry.action)).toEqual(report.imported.map(() => 'annotation.import'));
      copy.undo();
      expect(copy.annotations()).toEqual([]);
      copy.redo();
      expect(copy.annotations()).toEqual(imported);
    } finally {
      copy.close();
    }
  });

  it('answers the annotations:import contract: input and report both pass its schemas', async () => {
    const copy = copyWithoutAnnotations('api');
    try {
      const input = api['annotations:import'].input.parse({ path: join(folder, 'first.jsonld') });
      const report = api['annotations:import'].output.parse(await createApiHandlers(copy)['annotations:import'](input));
      expect(report.imported).toHaveLength(workbench.annotations().length);
      expect(api['annotations:import'].input.safeParse({ path: '' }).success).toBe(false);
    } finally {
      copy.close();
    }
  });

  it('the CLI exits 0 when every annotation is in the case afterwards, duplicates included', async () => {
    copyWithoutAnnotations('cli-ok').close();
    const copyPath = join(folder, 'cli-ok', 'dossier.tri');
    const count = workbench.annotations().length;
    const first = await cli('import-annotations', join(folder, 'first.jsonld'), '--case', copyPath);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`first.jsonld: imported ${count}, duplicates 0, unmatched source 0, could not anchor 0, refused 0.`);
    const again = await cli('import-annotations', join(folder, 'first.jsonld'), '--case', copyPath);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`imported 0, duplicates ${count},`);
  });

  it('reads the same annotations after a JSON-LD processor has expanded and compacted the file its own way', async () => {
    const document = JSON.parse(exported) as jsonld.JsonLdDocument;
    const expanded = await jsonld.expand(document, { documentLoader });
    // Compacted with the W3C context alone: single values lose their arrays, the extra terms become full IRIs.
    const compacted = await jsonld.compact(expanded, { '@context': annoContextUrl } as jsonld.ContextDefinition, { documentLoader });
    const file = join(folder, 'compacted.jsonld');
    writeFileSync(file, JSON.stringify(compacted, null, 2));
    expect(JSON.stringify(compacted)).not.toBe(JSON.stringify(document));
    const copy = copyWithoutAnnotations('compacted');
    try {
      const report = copy.importAnnotations(file);
      expect([report.duplicates, report.unmatched, report.unanchored, report.refused]).toEqual([[], [], [], []]);
      expect(copy.annotations()).toEqual(workbench.annotations());
    } finally {
      copy.close();
    }
  });
});
