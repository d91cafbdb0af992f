// Text from sources, notes and file names goes into the Markdown dossier as text only: no
// character of it may open a link, emphasis, code, HTML, a heading, a list, a quote or a table
// cell. CommonMark lets a backslash escape any ASCII punctuation: the characters that can open
// something wherever they stand are escaped everywhere, the few that mean something only at the
// start of a line (`-`, `+`, `=`, `1.`) are escaped there. Checked by parsing with markdown-it.

/**
 * Escaped wherever they stand: links and images (`[`, `]`; a `(` or `!` means nothing without
 * them, so they stay readable), emphasis, code, HTML and autolinks, entities, table pipes, GFM
 * strikethrough, math and e-mail autolinks, headings and quotes.
 */
const anywhere = /[\\`*_[\]<>#|~&$@]/g;
/** Mean something at the start of a line only: list bullets, setext underlines, ordered list markers. */
const lineStart = /^([-+=]|\d{1,9}[.)])/;
/** A bare web address that GitHub would turn into a link; its `:` or `.` is escaped to keep it text. */
const bareAddress = /(https?|ftp):(?=\/\/)|\b(www)\.(?=\S)/gi;

const escapeLine = (line: string): string => {
  let escaped = line.replace(anywhere, '\\$&').replace(bareAddress, (match: string) => `${match.slice(0, -1)}\\${match.slice(-1)}`);
  // Leading blanks would start code or be dropped, and a line of blanks would end the paragraph; as character references they stay text.
  const blanks = /^[ \t]*/.exec(escaped)?.[0] ?? '';
  escaped = escaped.slice(blanks.length).replace(lineStart, (marker) => `${marker.slice(0, -1)}\\${marker.slice(-1)}`);
  return `${[...blanks].map((blank) => (blank === '\t' ? '&#9;' : '&#32;')).join('')}${escaped}`;
};

const lines = (text: string): string[] => text.replace(/\r\n?/g, '\n').split('\n');

/**
 * `text` as Markdown inline content that reads back as exactly `text`. A line break becomes a
 * hard break (a backslash before it), so blank lines and block markers never end or start a
 * block; `indent` is put before each continued line, to keep it inside a list item.
 */
export function escapeMarkdown(text: string, indent = ''): string {
  return lines(text).map(escapeLine).join(`\\\n${indent}`);
}

/** `text` on one line, for a heading or a table cell, whose structure a line break would end: breaks become spaces. */
export function escapeMarkdownLine(text: string): string {
  return escapeLine(lines(text).join(' '));
}
