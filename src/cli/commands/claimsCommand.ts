import { analyseWithProgress } from '../analyseWithProgress';
import type { CliCommand } from '../CliCommand';
import { formatTable } from '../formatTable';

export const claimsCommand: CliCommand = {
  name: 'claims',
  usage: 'claims',
  summary: 'Extract and cluster claims: supporting and contradicting sources, independent origins, credibility.',
  async run({ isJson, openWorkbench, out, note }) {
    const workbench = openWorkbench();
    const summary = analyseWithProgress(workbench, note);
    note(`extracted claims from ${summary.sourcesExtracted} new sources; ${summary.claims} claims in the case`);
    const result = workbench.claims();
    if (isJson) {
      out(JSON.stringify(result, null, 2));
      return 0;
    }
    out(
      formatTable(result.claims, [
        { title: 'kind', cell: (claim) => claim.kind },
        { title: 'claim', cell: (claim) => claim.text, maxWidth: 70 },
        { title: 'status', cell: (claim) => claim.status },
        { title: 'sources', cell: (claim) => String(claim.supporting) },
        { title: 'origins', cell: (claim) => String(claim.independentOrigins) },
        { title: 'against', cell: (claim) => String(claim.mentions.filter((mention) => mention.stance === 'contradicts').length) },
        { title: 'cred.', cell: (claim) => String(claim.credibility.analyst ?? claim.credibility.proposed) },
      ]),
    );
    return 0;
  },
};
