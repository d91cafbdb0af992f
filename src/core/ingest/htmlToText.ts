// HTML -> plain lines, parsed (never rendered) with htmlparser2. Page chrome elements are
// dropped whole; each block element becomes one line numbered by where it starts in the
// file; <title>, <h1> and <meta> tags become metadata candidates.
import { Parser } from 'htmlparser2';
import { findDates } from '../language/dates/findCalendarDates';
import type { MetadataCandidate } from './MetadataCandidate';
import type { SourceLine } from './SourceLine';

export interface HtmlText {
  lines: SourceLine[];
  candidates: MetadataCandidate[];
}

const droppedElements = new Set([
  'script', 'style', 'nav', 'header', 'footer', 'aside', 'form', 'noscript', 'template', 'svg', 'iframe', 'button',
  'select', 'canvas', 'object', 'embed', 'head', 'menu', 'dialog',
]);
const droppedRoles = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'dialog']);
const blockElements = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'br', 'tr', 'td', 'th', 'blockquote', 'section', 'article',
  'main', 'pre', 'dd', 'dt', 'dl', 'figcaption', 'figure', 'table', 'ul', 'ol', 'hr', 'address', 'body', 'html',
  'caption', 'summary', 'details', 'center',
]);

interface MetaRule {
  field: MetadataCandidate['field'];
  score: number;
  isUrl?: boolean;
}

/** Which <meta> names/properties say what, and how much to trust each. */
const metaRules: Record<string, MetaRule> = {
  'og:title': { field: 'title', score: 4 },
  'twitter:title': { field: 'title', score: 3 },
  'og:site_name': { field: 'outlet', score: 4 },
  'application-name': { field: 'outlet', score: 3 },
  'og:url': { field: 'outlet', score: 2, isUrl: true },
  'article:published_time': { field: 'publishedAt', score: 5 },
  'og:published_time': { field: 'publishedAt', score: 5 },
  'datepublished': { field: 'publishedAt', score: 4 },
  'date': { field: 'publishedAt', score: 4 },
  'pubdate': { field: 'publishedAt', score: 4 },
  'publish-date': { field: 'publishedAt', score: 4 },
  'dc.date': { field: 'publishedAt', score: 4 },
  'dc.date.issued': { field: 'publishedAt', score: 4 },
  'parsely-pub-date': { field: 'publishedAt', score: 4 },
  'sailthru.date': { field: 'publishedAt', score: 3 },
  'article:modified_time': { field: 'publishedAt', score: 1 },
  'author': { field: 'byline', score: 4 },
  'article:author': { field: 'byline', score: 4 },
  'byl': { field: 'byline', score: 4 },
  'dc.creator': { field: 'byline', score: 3 },
  'parsely-author': { field: 'byline', score: 3 },
};

/** Host of a URL without `www.`, as an outlet a reader can check; null if not a URL. */
export function hostOf(url: string): string | null {
  try {
    const host = new URL(url.startsWith('www.') ? `http://${url}` : url).hostname.toLowerCase();
    return host.replace(/^www\d?\./, '') || null;
  } catch {
    return null;
  }
}

function lineStarts(html: string): number[] {
  const starts = [0];
  for (let index = html.indexOf('\n'); index !== -1; index = html.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

function lineAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}

function metaCandidate(key: string, content: string, origin: string): MetadataCandidate | null {
  const rule = metaRules[key.toLowerCase()];
  const value = content.replace(/\s+/g, ' ').trim();
  if (!rule || !value) return null;
  if (rule.isUrl) {
    const host = hostOf(value);
    return host ? { field: rule.field, value: host, origin, score: rule.score, isInferred: true } : null;
  }
  if (rule.field === 'publishedAt') {
    const date = findDates(value)[0];
    return date ? { field: 'publishedAt', value: date.value, origin, score: rule.score, isInferred: false } : null;
  }
  if (/^https?:\/\//.test(value)) return null;
  return { field: rule.field, value, origin, score: rule.score, isInferred: false };
}

export function htmlToText(html: string): HtmlText {
  const starts = lineStarts(html);
  const lines: SourceLine[] = [];
  const candidates: MetadataCandidate[] = [];
  let depth = 0;
  let dropUntilDepth: number | null = null;
  let preDepth = 0;
  let current = '';
  let currentLine = 0;
  let titleText: string | null = null;
  let headingText: string | null = null;
  let headingLine = 0;
  let isInHeading = false;

  const flush = (): void => {
    const text = preDepth > 0 ? current : current.replace(/\s+/g, ' ');
    for (const [offset, part] of text.split('\n').entries()) {
      if (part.trim() !== '') lines.push({ text: part.trim(), line: currentLine + offset, standsAlone: true });
    }
    current = '';
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        depth += 1;
        if (name === 'title') titleText = '';
        if (name === 'meta') {
          const key = attributes.property ?? attributes.name ?? attributes.itemprop ?? '';
          const found = metaCandidate(key, attributes.content ?? '', `html <meta ${attributes.property ? 'property' : attributes.name ? 'name' : 'itemprop'}="${key}">`);
          if (found) candidates.push(found);
        }
        if (name === 'link' && (attributes.rel ?? '').toLowerCase() === 'canonical' && attributes.href) {
          const host = hostOf(attributes.href);
          if (host) candidates.push({ field: 'outlet', value: host, origin: 'html <link rel="canonical">', score: 2, isInferred: true });
        }
        if (dropUntilDepth !== null) return;
        if (droppedElements.has(name) || droppedRoles.has((attributes.role ?? '').toLowerCase()) || 'hidden' in attributes) {
          flush();
          dropUntilDepth = depth;
          return;
        }
        if (name === 'time' && attributes.datetime) {
          const date = findDates(attributes.datetime)[0];
          if (date) candidates.push({ field: 'publishedAt', value: date.value, origin: `html <time datetime="${attributes.datetime}">`, score: 3, isInferred: false });
        }
        if (blockElements.has(name)) flush();
        if (name === 'pre') preDepth += 1;
        if (name === 'h1' && headingText === null) {
          isInHeading = true;
          headingText = '';
          headingLine = lineAt(starts, parser.startIndex);
        }
      },
      ontext(text) {
        if (titleText !== null) {
          titleText += text;
          return;
        }
        if (dropUntilDepth !== null) return;
        if (current.trim() === '') currentLine = lineAt(starts, parser.startIndex + (text.length - text.trimStart().length));
        current += text;
        if (isInHeading) headingText = (headingText ?? '') + text;
      },
      onclosetag(name) {
        if (name === 'title' && titleText !== null) {
          const title = titleText.replace(/\s+/g, ' ').trim();
          if (title) candidates.push({ field: 'title', value: title, origin: 'html <title>', score: 2, isInferred: false });
          titleText = null;
        }
        if (dropUntilDepth === null) {
          if (blockElements.has(name)) flush();
          if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
          if (name === 'h1' && isInHeading) {
            isInHeading = false;
            const heading = (headingText ?? '').replace(/\s+/g, ' ').trim();
            if (heading) candidates.push({ field: 'title', value: heading, origin: `html <h1> (line ${headingLine})`, score: 3, isInferred: false });
          }
        } else if (depth === dropUntilDepth) {
          dropUntilDepth = null;
        }
        depth -= 1;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return { lines, candidates };
}
