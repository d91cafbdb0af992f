import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../../../src/core/ingest/ingestBytes';
import { importedAt, paragraphsOf } from './ingestTestHelpers';

const fixture = (name: string): Uint8Array => readFileSync(new URL(`../../fixtures/ingest/${name}`, import.meta.url));

describe('HTML is parsed, never rendered', () => {
  const document = ingestBytes(fixture('harbour-article.html'), 'harbour-article.html', { importedAt, maxBytes: 1e6 });

  it('drops script, style, nav, header, footer, aside, form, noscript and template content', () => {
    for (const hidden of ['Tracking text', 'Injected paragraph', 'color: red', 'Sections:', 'Another story', 'Search', 'enable JavaScript', 'Template text', 'Home']) {
      expect(document.text).not.toContain(hidden);
    }
  });

  it('keeps block structure as paragraphs and decodes entities', () => {
    expect(document.format).toBe('html');
    expect(paragraphsOf(document)).toEqual([
      'Harbour bridge closed to lorries after cracks found',
      'Engineers found cracks in two piers of the harbour bridge on Monday & the council closed it to heavy traffic – lorries will go through the town centre.',
      '“Safety comes first,” the council leader said. The repairs will cost £4 million.',
      'Residents said they had warned about the bridge’s state for years.',
      'Shops in the centre fear the extra traffic.',
    ]);
  });

  it('takes metadata from meta tags, naming the tag as origin', () => {
    expect(document.metadata.title).toEqual({ value: 'Harbour bridge closed to lorries after cracks found', origin: 'html <meta property="og:title">', isInferred: false });
    expect(document.metadata.outlet).toEqual({ value: 'The Coastal Times', origin: 'html <meta property="og:site_name">', isInferred: false });
    expect(document.metadata.publishedAt).toEqual({ value: '2024-11-05T07:30:00+00:00', origin: 'html <meta property="article:published_time">', isInferred: false });
    expect(document.metadata.byline).toEqual({ value: 'Priya Natarajan', origin: 'html <meta name="author">', isInferred: false });
  });

  it('numbers kept blocks by their line in the HTML file', () => {
    const html = '<p>First paragraph of the story here.</p>\n<p>Share</p>\n<p>Second paragraph of the story.</p>';
    const small = ingestBytes(new TextEncoder().encode(html), 'small.htm', { importedAt, maxBytes: 1e6 });
    expect(small.removed).toEqual([{ line: 2, text: 'Share', reason: 'share buttons' }]);
  });
});

describe('Markdown markup is stripped', () => {
  const document = ingestBytes(fixture('council-notes.md'), 'council-notes.md', { importedAt, maxBytes: 1e6 });

  it('keeps text of headings, emphasis, links and lists, and drops images', () => {
    expect(document.format).toBe('markdown');
    expect(paragraphsOf(document)).toEqual([
      'Council approves new cycle lanes',
      'The city council approved three new cycle lanes on Monday evening, after a long debate that ran past midnight.',
      'What changes',
      'A lane on the harbour road',
      'A lane through the old market',
      'Work starts in October, officials said.',
    ]);
    expect(document.text).not.toContain('cyclist.jpg');
    expect(document.text).not.toContain('https://');
  });

  it('reads front matter as metadata', () => {
    expect(document.metadata.title.value).toBe('Council approves new cycle lanes');
    expect(document.metadata.publishedAt.value).toBe('2024-09-02');
    expect(document.metadata.byline.value).toBe('Sam Okafor');
  });
});
