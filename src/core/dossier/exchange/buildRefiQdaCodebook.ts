// The analyst's tags as a REFI-QDA codebook (.qdc, namespace urn:QDA-XML:codebook:1.0), which
// QualCoder, ATLAS.ti, MAXQDA and NVivo import as a flat list of codes.
import { create } from 'xmlbuilder2';
import type { Dossier } from '../../../shared/dossier';
import { WorkbenchError } from '../../WorkbenchError';
import { refiQdaCodes } from './refiQdaCodes';
import { xmlSafeText } from './xmlSafeText';

export const refiCodebookNamespace = 'urn:QDA-XML:codebook:1.0';

export function buildRefiQdaCodebook(dossier: Dossier): string {
  const codes = refiQdaCodes(dossier);
  // The schema requires at least one Code: an empty codebook would be refused by every tool.
  if (codes.length === 0) throw new WorkbenchError('invalid-input', 'There are no tags in this dossier to write as a codebook: tag annotations or claims first.');
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(refiCodebookNamespace, 'CodeBook', { origin: dossier.generator });
  const list = root.ele('Codes');
  for (const code of codes) {
    list.ele('Code', { guid: code.guid, name: xmlSafeText(code.tag), isCodable: 'true' }).ele('Description').txt(code.description);
  }
  return `${root.end({ prettyPrint: true })}\n`;
}
