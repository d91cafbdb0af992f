/**
 * Rules a printer adds to the dossier before loading it. A printer loads the page on a screen
 * first and then lays it all out again for paper, so a long dossier would be laid out in full
 * for nothing, and once more when its fonts arrive (on 1,000 claims, two layouts of 66,000
 * boxes). On screen, sections are skipped until scrolled to; print media is untouched, so the
 * PDF is the same. The exported HTML file does not carry this rule: a reader's browser must
 * keep every section's text selectable and searchable (`innerText` leaves skipped ones out).
 */
const skipOffscreenSections = '<style>@media screen { main > section { content-visibility: auto; contain-intrinsic-size: auto 280mm; } }</style>';

/** The dossier's HTML as a printer should load it: with `loadEveryFontScript()` run before printing, since skipped sections ask for no font. */
export function htmlForPrinting(html: string): string {
  const headEnd = html.indexOf('</head>');
  return headEnd === -1 ? html : `${html.slice(0, headEnd)}${skipOffscreenSections}\n${html.slice(headEnd)}`;
}
