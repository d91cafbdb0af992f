import { resolve } from 'node:path';
import { WorkbenchError } from '../../core/WorkbenchError';
import { DossierFilter, DossierFormat, PaperSize, type DossierOptionsInput } from '../../shared/dossier';
import type { CliCommand } from '../CliCommand';
import { findChromium } from '../findChromium';

function numberList(value: string | undefined, option: string): number[] {
  if (value === undefined) return [];
  const parts = value.split(',').map((part) => part.trim()).filter(Boolean);
  const numbers = parts.map(Number);
  if (parts.length === 0 || numbers.some((number) => !Number.isInteger(number) || number < 1)) {
    throw new WorkbenchError('invalid-input', `--${option} takes whole numbers separated by commas, e.g. --${option} 1,2.`);
  }
  return numbers;
}

function choice<T extends string>(value: string | undefined, allowed: readonly T[], option: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new WorkbenchError('invalid-input', `--${option} must be one of ${allowed.join(', ')}.`);
  return value as T;
}

/** The printer loads with the first PDF: it brings playwright-core and pdf-lib, which no other command needs. */
const printWithChromium = async (html: string, signal?: AbortSignal) => (await import('../printDossierPdf')).printHtmlToPdf(html, signal);

const text = (value: string | boolean | undefined) => (typeof value === 'string' ? value : undefined);

export const exportCommand: CliCommand = {
  name: 'export',
  caseAccess: 'reads',
  usage: 'export --format pdf|csv|html|json|md|annotations|claimreview|qdc|qdpx --out <path> [--filter all|contested|flagged] [--tag T] [--verdict N] [--sources 1,2] [--appendix] [--paper a4|letter] [--analyst NAME] [--include-unjudged]',
  summary: 'Write the dossier (PDF, CSV, HTML, JSON, Markdown) or its exchange files (Web Annotations, ClaimReview, REFI-QDA). Never changes the case.',
  options: {
    format: { type: 'string', description: 'pdf, csv, html, json, md (Markdown), annotations (W3C Web Annotation), claimreview (schema.org ClaimReview), qdc (REFI-QDA codebook) or qdpx (REFI-QDA project)' },
    out: { type: 'string', description: 'the file to write; for csv a folder, or a file ending in .zip' },
    filter: { type: 'string', description: 'all (default), contested or flagged' },
    tag: { type: 'string', description: 'only claims with this tag; several separated by commas' },
    verdict: { type: 'string', description: 'only claims with this analyst verdict (1–6); several separated by commas' },
    sources: { type: 'string', description: 'only these source ids, separated by commas' },
    appendix: { type: 'boolean', description: 'append the full text of each source' },
    paper: { type: 'string', description: 'a4 (default) or letter' },
    analyst: { type: 'string', description: 'the analyst named on the cover and as the ClaimReview author; defaults to $TRIANGULATE_ANALYST' },
    'include-unjudged': { type: 'boolean', description: 'claimreview: also write the claims with no analyst verdict, without a rating' },
  },
  async run({ options, isJson, openWorkbench, out, note }) {
    const format = choice(text(options.format), DossierFormat.options, 'format', 'pdf');
    const target = text(options.out);
    if (!target) throw new WorkbenchError('invalid-input', 'Say where to write the dossier: --out <path>.');
    const outPath = resolve(target);
    const dossierOptions: DossierOptionsInput = {
      filter: choice(text(options.filter), DossierFilter.options, 'filter', 'all'),
      tags: (text(options.tag) ?? '').split(',').map((tag) => tag.trim()).filter(Boolean),
      verdicts: numberList(text(options.verdict), 'verdict'),
      sourceIds: text(options.sources) === undefined ? null : numberList(text(options.sources), 'sources'),
      includeAppendix: options.appendix === true,
      analystName: text(options.analyst) ?? process.env.TRIANGULATE_ANALYST ?? null,
      paper: choice(text(options.paper), PaperSize.options, 'paper', 'a4'),
      includeUnjudged: options['include-unjudged'] === true,
    };
    // Without a browser there is nothing to print with: say so before any work is done.
    if (format === 'pdf') await findChromium();
    const workbench = openWorkbench();
    if (format === 'pdf') note('printing the PDF with Chromium…');
    // Ctrl-C stops the export before anything is written (the build itself is quick).
    const stop = new AbortController();
    const abort = () => stop.abort();
    process.once('SIGINT', abort);
    const { dossier, files } = await workbench
      .exportDossier(format, outPath, dossierOptions, { printer: printWithChromium, signal: stop.signal })
      .finally(() => process.off('SIGINT', abort));
    if (dossier.case.totalSources > 0 && dossier.case.totalClaims === 0) note('this case has no claims yet: run `triangulate claims` to analyse it first');
    const summary = { format, files, claims: dossier.counts.claims, sources: dossier.counts.sources, fingerprint: dossier.case.fingerprint };
    if (isJson) out(JSON.stringify(summary, null, 2));
    else out(`wrote ${files.join(', ')}: ${dossier.counts.claims} claims from ${dossier.counts.sources} sources; case fingerprint ${dossier.case.fingerprint}`);
    return 0;
  },
};
