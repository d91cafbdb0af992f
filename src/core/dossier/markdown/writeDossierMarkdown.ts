// The dossier as one Markdown file (CommonMark with GFM tables), to read as plain text or in
// any Markdown viewer. It holds no link, image or HTML at all, so whatever renders it loads and
// runs nothing; every piece of text from the case goes through `escapeMarkdown`.
import type { Dossier } from '../../../shared/dossier';
import { markdownClaims } from './markdownClaims';
import { markdownAnnotations, markdownAppendix, markdownCover, markdownReuse, markdownSources, markdownSummary } from './markdownSections';

export function writeDossierMarkdown(dossier: Dossier): string {
  const sections = [markdownCover(dossier), markdownSummary(dossier), markdownClaims(dossier), markdownReuse(dossier), markdownAnnotations(dossier), markdownSources(dossier), markdownAppendix(dossier)];
  return `${sections.filter(Boolean).join('\n\n')}\n`;
}
