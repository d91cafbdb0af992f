import type { CliCommand } from '../CliCommand';

export const showCommand: CliCommand = {
  name: 'show',
  caseAccess: 'reads',
  usage: 'show <source id>',
  summary: 'Show one source: clean text, paragraphs, sentences, removed page furniture, metadata provenance.',
  async run({ args, isJson, openWorkbench, out, note }) {
    const id = Number(args[0]);
    if (!Number.isInteger(id) || id < 1) {
      note('show: give a source id (see `sources`).');
      return 64;
    }
    const source = openWorkbench().getSource(id);
    if (isJson) {
      const { sentenceSpans, ...rest } = source;
      const sentences = sentenceSpans.map((span) => ({ ...span, text: source.text.slice(span.start, span.end) }));
      out(JSON.stringify({ ...rest, sentences }, null, 2));
      return 0;
    }
    out(`${source.title}\n`);
    for (const [field, provenance] of Object.entries(source.provenance)) {
      const inferred = provenance.isInferred ? ' (inferred)' : '';
      out(`  ${field.padEnd(12)} ${provenance.value ?? '—'}${inferred}   ← ${provenance.origin}`);
    }
    out(`  ${'sha256'.padEnd(12)} ${source.sha256}\n  ${'file'.padEnd(12)} ${source.fileName} (${source.encoding}, ${source.byteLength} bytes)\n`);
    for (const paragraph of source.paragraphs) out(`${source.text.slice(paragraph.start, paragraph.end)}\n`);
    if (source.removed.length > 0) {
      out(`Removed at import (${source.removed.length} lines):`);
      for (const line of source.removed) out(`  line ${line.line} [${line.reason}] ${line.text}`);
    }
    return 0;
  },
};
