import MarkdownIt from 'markdown-it';

/** markdown-it's own token type (its bundled types and @types/markdown-it disagree on `attrs`). */
export type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

/** Every token of `markdown` as markdown-it parses it, nested inline tokens included; linkify on, as GitHub does. */
export function markdownTokens(markdown: string, parser = new MarkdownIt({ linkify: true })): Token[] {
  const walk = (tokens: Token[]): Token[] => tokens.flatMap((token) => [token, ...walk(token.children ?? [])]);
  return walk(parser.parse(markdown, {}));
}

/** The text an inline token reads as, with its line breaks. */
export const inlineText = (token: Token): string =>
  (token.children ?? []).map((child) => (child.type === 'softbreak' || child.type === 'hardbreak' ? '\n' : child.content)).join('');

/** Each heading as `level text`, e.g. `2 Claims and evidence`. */
export function headings(tokens: Token[]): string[] {
  return tokens.flatMap((token, index) => (token.type === 'heading_open' ? [`${token.tag.slice(1)} ${inlineText(tokens[index + 1] as Token)}`] : []));
}

/** Token types the Markdown dossier never writes, whatever text the case holds. */
export const forbiddenToken = /^(html_inline|html_block|link_open|image|code_inline|code_block|fence|strong_open|em_open|s_open|hr)$/;
