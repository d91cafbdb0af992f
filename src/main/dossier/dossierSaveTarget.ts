import type { DossierFormat } from '../../shared/dossier';

/** The file a format is saved as: CSV tables go into one zip, so a single save dialog names them. */
export function dossierSaveTarget(format: DossierFormat, caseName: string): { defaultName: string; filters: { name: string; extensions: string[] }[] } {
  const base = `${caseName.replace(/[\\/:*?"<>|]+/g, ' ').trim() || 'Case'} dossier`;
  switch (format) {
    case 'pdf':
      return { defaultName: `${base}.pdf`, filters: [{ name: 'PDF document', extensions: ['pdf'] }] };
    case 'html':
      return { defaultName: `${base}.html`, filters: [{ name: 'Web page', extensions: ['html', 'htm'] }] };
    case 'csv':
      return { defaultName: `${base} (CSV).zip`, filters: [{ name: 'CSV tables in a zip', extensions: ['zip'] }] };
    case 'json':
      return { defaultName: `${base}.json`, filters: [{ name: 'JSON data', extensions: ['json'] }] };
  }
}
