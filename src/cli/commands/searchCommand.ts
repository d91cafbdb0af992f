import type { CliCommand } from '../CliCommand';

export const searchCommand: CliCommand = {
  name: 'search',
  caseAccess: 'reads',
  usage: 'search <query…>',
  summary: 'Full-text search across the sentences of the case.',
  options: { limit: { type: 'string', description: 'most hits to return (default 50)' } },
  async run({ args, options, isJson, openWorkbench, out }) {
    const limit = Number(options.limit ?? 50);
    const hits = openWorkbench().search(args.join(' '), Number.isInteger(limit) && limit > 0 ? limit : 50);
    const rendered = hits.map((hit) => ({
      source: hit.sourceId,
      title: hit.sourceTitle,
      sentence: hit.sentenceId,
      start: hit.start,
      end: hit.end,
      snippet: hit.snippet.map((part) => (part.isMatch ? `«${part.text}»` : part.text)).join(''),
    }));
    if (isJson) out(JSON.stringify(rendered, null, 2));
    else for (const hit of rendered) out(`[${hit.source}] ${hit.title}\n    ${hit.snippet}`);
    if (!isJson && hits.length === 0) out('No matches.');
    return 0;
  },
};
