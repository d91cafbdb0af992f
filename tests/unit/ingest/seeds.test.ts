// The founding case's real files, read from the shared seeds folder (never copied here).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../../../src/core/ingest/ingestBytes';
import type { IngestedDocument } from '../../../src/core/ingest/IngestedDocument';
import { importedAt, paragraphsOf } from './ingestTestHelpers';

const seedsFolder = '/work/shared/seeds';
const hasSeeds = existsSync(seedsFolder);

function seed(prefix: string): IngestedDocument {
  const name = readdirSync(seedsFolder).find((file) => file.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}`);
  return ingestBytes(readFileSync(join(seedsFolder, name)), name, { importedAt, maxBytes: 20 * 1024 * 1024 });
}

describe.skipIf(!hasSeeds)('seed 000: a wire story inside a news site page', () => {
  const document = hasSeeds ? seed('000_') : null;

  it('keeps none of the page furniture in the text and all of it in removed', () => {
    if (!document) return;
    const furniture = [
      'Home / World News', 'Photo: Shutterstock', 'min read', 'Connect with us', 'Facebook Icon', 'Also Read',
      "Trump's talk of dividing assets", 'Zelenskyy names Andrii Hnatov', 'syndicated feed', 'More From This Section',
      'DeepSeek on govt devices', 'Topics :', 'First Published', 'Explore News', 'Next Story',
    ];
    for (const piece of furniture) {
      expect(document.text, piece).not.toContain(piece);
      expect(document.removed.some((line) => line.text.includes(piece)), piece).toBe(true);
    }
  });

  it('keeps the whole article, including the paragraphs after the link list', () => {
    if (!document) return;
    const paragraphs = paragraphsOf(document);
    expect(paragraphs[0]).toBe('UK, EU to ramp up pressure on Russia and boost defence initiatives');
    expect(document.text).toContain('Britain and the European Union will ramp up pressure on Russia');
    expect(document.text).toContain('Earlier in the day, US President Donald Trump said he would speak');
    expect(paragraphs.at(-1)).toMatch(/^Trump has been trying to win Putin's support .* last week\.$/);
    expect(document.text).not.toMatch(/\u00a0| {2}/);
  });

  it('gives removed lines their line numbers in the original', () => {
    if (!document) return;
    const original = new TextDecoder().decode(document.bytes).split('\n');
    for (const removed of document.removed) {
      expect(original[removed.line - 1]?.replace(/\u00a0/g, ' ').trim()).toBe(removed.text);
    }
    expect(document.removed.find((line) => line.text.startsWith('(Only the headline'))?.reason).toBe('syndication note');
  });

  it('reads title, outlet, agency, date and kind', () => {
    if (!document) return;
    const { metadata } = document;
    expect(metadata.title.value).toBe('UK, EU to ramp up pressure on Russia and boost defence initiatives');
    expect(metadata.outlet.value).toBe('Business Standard');
    expect(metadata.outlet.origin).toMatch(/syndication note/);
    expect(metadata.byline.value).toBe('Reuters');
    expect(metadata.publishedAt.value?.slice(0, 10)).toBe('2025-03-18');
    expect(metadata.publishedAt.value).toBe('2025-03-18T09:27:00+05:30');
    expect(metadata.kind.value).toBe('wire');
    expect(metadata.language.value).toBe('en');
  });
});

describe.skipIf(!hasSeeds)('seed 003: a hard-wrapped government press release', () => {
  const document = hasSeeds ? seed('003_') : null;

  it('rejoins wrapped lines into whole paragraphs and keeps short lines apart', () => {
    if (!document) return;
    const paragraphs = paragraphsOf(document);
    expect(paragraphs[0]).toMatch(/^As part of the UK's commitment .* lasting peace in Ukraine\.$/);
    expect(paragraphs).toContain('Foreign Secretary said:');
    expect(paragraphs).toContain('Defence Secretary said:');
    expect(paragraphs.some((paragraph) => paragraph.startsWith('threats,'))).toBe(false);
    expect(paragraphs.every((paragraph) => !paragraph.includes('\n'))).toBe(true);
    expect(paragraphs.length).toBeGreaterThanOrEqual(10);
    expect(paragraphs.length).toBeLessThanOrEqual(14);
  });

  it('infers the year of "today (Tuesday 18 March)" and calls it a press release', () => {
    if (!document) return;
    expect(document.metadata.publishedAt).toMatchObject({ value: '2025-03-18', isInferred: true });
    expect(document.metadata.kind.value).toBe('press-release');
    expect(document.metadata.byline.value).toBeNull();
  });
});

describe.skipIf(!hasSeeds)('seeds 001, 002, 004: rewrites without furniture', () => {
  it.each(['001_', '002_', '004_'])('%s loses no line and reads as a news article', (prefix) => {
    const document = seed(prefix);
    expect(document.removed).toEqual([]);
    expect(document.metadata.kind.value).toBe('news-article');
    expect(document.metadata.title.isInferred).toBe(true);
    expect(document.metadata.title.value?.length).toBeLessThanOrEqual(101);
  });
});
