import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsonld from 'jsonld';
import type { RemoteDocument } from 'jsonld/jsonld-spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workbench } from '../../../src/core/workbench';
import { bidiNote, buildExchangeCase, withoutTimestamp } from './buildExchangeCase';

const annoContextUrl = 'http://www.w3.org/ns/anno.jsonld';
const annoContext = JSON.parse(readFileSync(join(__dirname, '../../fixtures/jsonld/anno.jsonld'), 'utf8')) as RemoteDocument['document'];

// Serves the W3C context from the fixture and refuses everything else, so expansion never goes online.
const documentLoader = async (url: string): Promise<RemoteDocument> => {
  if (url !== annoContextUrl) throw new Error(`the test loader refuses ${url}`);
  return { contextUrl: undefined, documentUrl: url, document: annoContext };
};

const oa = (term: string) => `http://www.w3.org/ns/oa#${term}`;
type Node = Record<string, unknown>;
const nodes = (value: unknown): Node[] => (Array.isArray(value) ? (value as Node[]) : []);
const literal = (node: Node, property: string): unknown => (nodes(node[property])[0] ?? {})['@value'];

describe('annotations export (W3C Web Annotation)', () => {
  let folder: string;
  let workbench: Workbench;
  let written: string;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'triangulate-annotations-'));
    workbench = (await buildExchangeCase(folder)).workbench;
    await workbench.exportDossier('annotations', join(folder, 'a.jsonld'));
    written = readFileSync(join(folder, 'a.jsonld'), 'utf8');
  });
  afterAll(() => {
    workbench.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('expands as JSON-LD into an ordered collection of oa:Annotation with quote and position selectors', async () => {
    const expanded = (await jsonld.expand(JSON.parse(written) as jsonld.JsonLdDocument, { documentLoader })) as unknown as Node[];
    const collection = expanded[0] ?? {};
    expect(collection['@type']).toEqual(['http://www.w3.org/ns/activitystreams#OrderedCollection']);
    const page = nodes(collection['http://www.w3.org/ns/activitystreams#first'])[0] ?? {};
    const items = nodes(nodes(page['http://www.w3.org/ns/activitystreams#items'])[0]?.['@list']);
    const annotations = workbench.annotations();
    expect(items).toHaveLength(annotations.length);
    expect(literal(collection, 'http://www.w3.org/ns/activitystreams#totalItems')).toBe(annotations.length);
    for (const [index, item] of items.entries()) {
      const annotation = annotations[index];
      if (!annotation) throw new Error('fewer annotations than items');
      expect(item['@type']).toEqual([oa('Annotation')]);
      expect(String(item['@id'])).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
      const target = nodes(item[oa('hasTarget')])[0] ?? {};
      const source = nodes(target[oa('hasSource')])[0] ?? {};
      expect(source['@id']).toBe(`urn:sha256:${annotation.sourceSha256}`);
      expect(literal(source, 'http://purl.org/dc/terms/title')).toBe(workbench.getSource(annotation.sourceId ?? 0).title);
      const selectors = nodes(target[oa('hasSelector')]);
      const quote = selectors.find((selector) => (selector['@type'] as string[]).includes(oa('TextQuoteSelector'))) ?? {};
      expect(literal(quote, oa('exact'))).toBe(annotation.quote);
      const text = workbench.getSource(annotation.sourceId ?? 0).text;
      expect(`${String(literal(quote, oa('prefix')))}${annotation.quote}${String(literal(quote, oa('suffix')))}`).toBe(
        text.slice(Math.max(0, annotation.start - 32), annotation.end + 32),
      );
      const position = selectors.find((selector) => (selector['@type'] as string[]).includes(oa('TextPositionSelector'))) ?? {};
      expect([Number(literal(position, oa('start'))), Number(literal(position, oa('end')))]).toEqual([annotation.start, annotation.end]);
      const bodies = nodes(item[oa('hasBody')]);
      const purposes = bodies.map((body) => nodes(body[oa('hasPurpose')])[0]?.['@id']);
      expect(purposes.filter((purpose) => purpose === oa('tagging'))).toHaveLength(annotation.tags.length);
      if (annotation.note !== '') {
        const note = bodies.find((body) => nodes(body[oa('hasPurpose')])[0]?.['@id'] === oa('commenting')) ?? {};
        expect(literal(note, 'http://www.w3.org/1999/02/22-rdf-syntax-ns#value')).toBe(annotation.note);
      }
      if (annotation.claimId !== null) expect(purposes).toContain(oa('linking'));
    }
  });

  it('keeps hostile text as data: quotes, brackets, bidi controls and newlines come back unchanged', () => {
    const parsed = JSON.parse(written) as { first: { items: { body?: { value?: string }[]; target: { selector: { exact?: string }[] } }[] } };
    const values = parsed.first.items.flatMap((item) => (item.body ?? []).map((body) => body.value));
    expect(values).toContain(bidiNote);
    expect(values).toContain('=cmd|" /C calc"!A0 <script>alert(1)</script>');
    expect(values).toEqual(expect.arrayContaining(['<tag>', 'a"b']));
    const exacts = parsed.first.items.map((item) => item.target.selector[0]?.exact ?? '');
    expect(exacts.some((exact) => exact.includes('\n') && exact.includes('"<b>yes</b>"'))).toBe(true);
  });

  it('writes the same bytes twice for an unchanged case, apart from the generated timestamp', async () => {
    await workbench.exportDossier('annotations', join(folder, 'b.jsonld'), { generatedAt: '2030-01-01T00:00:00.000Z' });
    const second = readFileSync(join(folder, 'b.jsonld'), 'utf8');
    expect(second).not.toBe(written);
    expect(withoutTimestamp(second)).toBe(withoutTimestamp(written));
  });
});
