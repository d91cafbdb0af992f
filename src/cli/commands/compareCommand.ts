import { analyseWithProgress } from '../analyseWithProgress';
import type { CliCommand } from '../CliCommand';
import { formatTable } from '../formatTable';

const percent = (share: number) => `${Math.round(share * 100)}%`;

export const compareCommand: CliCommand = {
  name: 'compare',
  usage: 'compare',
  summary: 'Align the sentences of all sources: reuse matrix, who copied whom, origin groups.',
  async run({ isJson, openWorkbench, out, note }) {
    const workbench = openWorkbench();
    const summary = analyseWithProgress(workbench, note);
    note(`compared ${summary.sourcesCompared} new or changed sources (${summary.pairsScored} sentence pairs scored)`);
    const result = workbench.comparison();
    if (isJson) {
      out(JSON.stringify(result, null, 2));
      return 0;
    }
    const titles = new Map(workbench.listSources().map((source) => [source.id, source.title]));
    const name = (id: number) => `${id} ${titles.get(id) ?? ''}`.slice(0, 40);
    out('Reuse: share of A’s text found in B');
    out(
      formatTable(
        result.matrix.filter((row) => row.shared > 0),
        [
          { title: 'A', cell: (row) => name(row.a) },
          { title: 'B', cell: (row) => name(row.b) },
          { title: 'shared', cell: (row) => percent(row.shared) },
          { title: 'verbatim', cell: (row) => percent(row.verbatim) },
          { title: 'near', cell: (row) => percent(row.near) },
          { title: 'substituted', cell: (row) => percent(row.substituted) },
          { title: 'paraphrase', cell: (row) => percent(row.paraphrase) },
        ],
      ),
    );
    out('\nWho copied whom');
    for (const edge of result.edges) {
      out(`  ${name(edge.from)}  →  ${name(edge.to)}  (${percent(edge.share)} of the copy)`);
      for (const evidence of edge.evidence) out(`      · ${evidence}`);
    }
    out(`\nIndependent origin groups: ${result.originGroups.map((group) => `[${group.join(', ')}]`).join(' ')}`);
    return 0;
  },
};
