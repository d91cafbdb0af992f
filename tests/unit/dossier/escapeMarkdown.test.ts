import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, escapeMarkdownLine } from '../../../src/core/dossier/markdown/escapeMarkdown';
import { markdownTable } from '../../../src/core/dossier/markdown/markdownTable';
import { inlineText, markdownTokens, type Token } from '../../helpers/markdownTokens';

// Linkify on as well: GitHub and many viewers turn bare addresses into links.
const parsers = [new MarkdownIt(), new MarkdownIt({ linkify: true })];

/** Strings that would each change a document's structure if written into it as they are. */
const hostile = [
  '*bold* _em_ __strong__ ~~gone~~ `code` ``x``',
  '# not a heading',
  '[x](javascript:alert(1)) ![img](http://attacker.example/p.png) [ref]: http://attacker.example',
  '<script>alert(1)</script> <img src=x onerror=alert(1)> <!-- hidden --> <http://attacker.example>',
  '1. not a list\n2) nor this\n- nor this\n+ nor\n* nor',
  'a | b | c\n--- | --- | ---\n1 | 2 | 3',
  'line one\n\nline three after a blank line\n    indented four\n\ttabbed\n   \nend',
  'setext\n===\nand\n---',
  '> not a quote\n>> nor this',
  '&amp; &lt;b&gt; &#60; \\*still text\\* \\',
  'www.attacker.example and https://attacker.example/x and mail me@attacker.example',
  '$x^2$ and $$y$$ {: .class} [^1] ```fence```',
  '\r\nwindows\r\nline ends\rand a lone CR',
];

const allowed = new Set(['paragraph_open', 'paragraph_close', 'inline', 'text', 'hardbreak', 'softbreak']);

describe('escapeMarkdown', () => {
  it.each(hostile)('keeps %j one paragraph of plain text that reads back unchanged', (value) => {
    for (const parser of parsers) {
      const tokens = markdownTokens(escapeMarkdown(value), parser);
      expect(tokens.filter((token) => !allowed.has(token.type)).map((token) => token.type)).toEqual([]);
      const inline = tokens.filter((token) => token.type === 'inline');
      expect(inline).toHaveLength(1);
      expect(inlineText(inline[0] as Token)).toBe(value.replace(/\r\n?/g, '\n'));
    }
  });

  it.each(hostile)('keeps %j inside its list item, continued lines indented', (value) => {
    const tokens = markdownTokens(`- Note: ${escapeMarkdown(value, '  ')}\n- second`);
    expect(tokens.filter((token) => token.type === 'list_item_open')).toHaveLength(2);
    expect(tokens.filter((token) => !allowed.has(token.type) && !/^(bullet_list|list_item)_/.test(token.type)).map((token) => token.type)).toEqual([]);
    expect(inlineText(tokens.find((token) => token.type === 'inline') as Token)).toBe(`Note: ${value.replace(/\r\n?/g, '\n')}`);
  });

  it('keeps a table cell one cell: pipes stay text, a line break becomes a space', () => {
    const tokens = markdownTokens(markdownTable(['Field', 'Value'], hostile.map((value, index) => [String(index), value])));
    expect(tokens.filter((token) => token.type === 'tr_open')).toHaveLength(hostile.length + 1);
    expect(tokens.filter((token) => token.type === 'td_open')).toHaveLength(hostile.length * 2);
    const cells = tokens.filter((token) => token.type === 'inline').slice(2).filter((_, index) => index % 2 === 1);
    expect(cells.map(inlineText)).toEqual(hostile.map((value) => value.replace(/\r\n?/g, '\n').split('\n').join(' ')));
    expect(tokens.some((token) => /html|link|image|code|strong|em_|s_open/.test(token.type))).toBe(false);
  });

  it('keeps a heading one heading on one line', () => {
    const tokens = new MarkdownIt().parse(`### ${escapeMarkdownLine('Title\n# second\n---')}`, {});
    expect(tokens.map((token) => token.type)).toEqual(['heading_open', 'inline', 'heading_close']);
    expect(tokens[1]?.content).toContain('Title');
  });
});
