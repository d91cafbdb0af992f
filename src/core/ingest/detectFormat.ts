import type { SourceFormat } from '../../shared/domain';
import { IngestError } from './IngestedDocument';

const formatByExtension: Record<string, SourceFormat> = {
  txt: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
};

/** The format a file is read as, from its extension; anything else is refused. */
export function detectFormat(fileName: string): SourceFormat {
  const match = /\.([^./\\]+)$/.exec(fileName);
  const extension = match?.[1]?.toLowerCase() ?? '';
  const format = formatByExtension[extension];
  if (format) return format;
  const shown = extension ? `.${extension} files` : 'files without an extension';
  throw new IngestError(
    'unsupported-format',
    `"${fileName}" cannot be imported: ${shown} are not supported. ` +
      'Save the article as plain text (.txt), Markdown (.md) or a web page (.html) and import that file.',
  );
}
