// Text that XML 1.0 can carry as written: the characters it forbids (C0 controls other than tab
// and newline, lone surrogates, U+FFFE/U+FFFF) become U+FFFD, and carriage returns become
// newlines, since a parser would turn `\r\n` into `\n` anyway and keep a lone `\r` only as `\n`.
const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` with what XML 1.0 forbids replaced, so the document stays well-formed. */
export function xmlSafeText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(forbidden, '\uFFFD');
}
