import { dossierFormats } from '../../core/dossier/exportDossier';
import type { DossierFormat } from '../../shared/dossier';

/** The file a format is saved as, from the core's format table (CSV tables go into one zip, so a single save dialog names them). */
export function dossierSaveTarget(format: DossierFormat, caseName: string): { defaultName: string; filters: { name: string; extensions: string[] }[] } {
  const base = `${caseName.replace(/[\\/:*?"<>|]+/g, ' ').trim() || 'Case'} dossier`;
  const entry = dossierFormats[format];
  const extensions = entry.extension === 'html' ? ['html', 'htm'] : [entry.extension];
  return { defaultName: `${base}${entry.nameSuffix ?? ''}.${entry.extension}`, filters: [{ name: entry.fileTypeName, extensions }] };
}
