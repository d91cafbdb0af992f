import type { CliCommand } from '../CliCommand';
import { formatTable } from '../formatTable';

export const sourcesCommand: CliCommand = {
  name: 'sources',
  caseAccess: 'reads',
  usage: 'sources',
  summary: 'List the sources of the case with their provenance.',
  async run({ isJson, openWorkbench, out }) {
    const sources = openWorkbench()
      .listSources()
      .map((source) => ({
        id: source.id,
        file: source.fileName,
        title: source.title,
        outlet: source.outlet,
        byline: source.byline,
        published: source.publishedAt,
        kind: source.kind,
        sha256: source.sha256,
        words: source.words,
        sentences: source.sentences,
        importedAt: source.importedAt,
      }));
    if (isJson) {
      out(JSON.stringify(sources, null, 2));
      return 0;
    }
    out(
      formatTable(sources, [
        { title: 'id', cell: (s) => String(s.id) },
        { title: 'title', cell: (s) => s.title, maxWidth: 48 },
        { title: 'outlet', cell: (s) => s.outlet ?? '—', maxWidth: 24 },
        { title: 'byline', cell: (s) => s.byline ?? '—', maxWidth: 20 },
        { title: 'published', cell: (s) => s.published ?? '—' },
        { title: 'kind', cell: (s) => s.kind },
        { title: 'words', cell: (s) => String(s.words) },
        { title: 'sha256', cell: (s) => s.sha256.slice(0, 12) },
      ]),
    );
    return 0;
  },
};
