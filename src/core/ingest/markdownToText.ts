// Markdown -> plain lines, one output line per input line so removed-line numbers still
// point into the original file. Markup is stripped; images are dropped; links keep their text.
import type { MetadataCandidate } from './MetadataCandidate';
import { splitLines } from './normalizeSpaces';
import type { SourceLine } from './SourceLine';

export interface MarkdownText {
  lines: SourceLine[];
  candidates: MetadataCandidate[];
}

const frontMatterFields: Record<string, MetadataCandidate['field']> = {
  title: 'title',
  date: 'publishedAt',
  published: 'publishedAt',
  author: 'byline',
  byline: 'byline',
  source: 'outlet',
  publisher: 'outlet',
};

/** Inline markup -> text: images out, links to their text, emphasis and code marks off. */
export function stripInlineMarkdown(line: string): string {
  return line
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/!\[[^\]]*\]\[[^\]]*\]/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])/g, '$1')
    .replace(/(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])/g, '$1')
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1');
}

export function markdownToText(markdown: string): MarkdownText {
  const rawLines = splitLines(markdown);
  const candidates: MetadataCandidate[] = [];
  const lines: SourceLine[] = [];
  let isInFrontMatter = rawLines[0]?.trim() === '---';
  let isInFence = false;
  for (const [index, raw] of rawLines.entries()) {
    const lineNumber = index + 1;
    const blank = (): void => {
      lines.push({ text: '', line: lineNumber });
    };
    if (isInFrontMatter) {
      const field = /^([A-Za-z_]+)\s*:\s*["']?(.*?)["']?\s*$/.exec(raw);
      const target = field ? frontMatterFields[(field[1] ?? '').toLowerCase()] : undefined;
      if (field && target && field[2]) {
        candidates.push({ field: target, value: field[2], origin: `markdown front matter "${field[1]}" (line ${lineNumber})`, score: 4, isInferred: false });
      }
      if (index > 0 && raw.trim() === '---') isInFrontMatter = false;
      blank();
      continue;
    }
    if (/^\s*(```|~~~)/.test(raw)) {
      isInFence = !isInFence;
      blank();
      continue;
    }
    if (isInFence) {
      lines.push({ text: raw, line: lineNumber });
      continue;
    }
    // Reference definitions, rules and setext underlines carry no text.
    if (/^\s{0,3}\[[^\]]+\]:\s*\S+/.test(raw) || /^\s{0,3}([-*_=])(\s*\1){2,}\s*$/.test(raw)) {
      blank();
      continue;
    }
    const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(raw);
    if (heading) {
      const text = stripInlineMarkdown(heading[2] ?? '');
      if (heading[1] === '#' && !candidates.some((candidate) => candidate.field === 'title' && candidate.score >= 3)) {
        candidates.push({ field: 'title', value: text, origin: `markdown heading (line ${lineNumber})`, score: 3, isInferred: false });
      }
      lines.push({ text, line: lineNumber, standsAlone: true });
      continue;
    }
    const quoted = raw.replace(/^\s{0,3}(>\s?)+/, '');
    const listItem = /^\s*([-*+]|\d{1,3}[.)])\s+(.*)$/.exec(quoted);
    if (listItem) {
      lines.push({ text: stripInlineMarkdown(listItem[2] ?? ''), line: lineNumber, standsAlone: true });
      continue;
    }
    lines.push({ text: stripInlineMarkdown(quoted), line: lineNumber });
  }
  return { lines, candidates };
}
