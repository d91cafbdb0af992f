// Triangulate names an exported annotation `urn:uuid:` + UUID v5 of its source and its id in
// the case (annotationUrn). The UUID cannot be reversed, but ids are small counters, so trying
// them in turn finds the id again; keeping it makes a re-export name the annotation the same.
import { annotationUrn } from '../dossier/exchange/buildAnnotationCollection';

/**
 * Ids tried per source. A case's ids count up from 1 and are reused from the top after a
 * delete, so a case with fewer than this many annotations made on a source is always covered;
 * a name from another tool costs this many hashes once per source (a few milliseconds).
 */
export const maxRecoveredId = 20_000;

/** A finder that remembers the names it has made, so a whole file costs at most `maxRecoveredId` hashes per source. */
export function exportedAnnotationIdFinder(): (urn: string, sourceSha256: string) => number | undefined {
  const made = new Map<string, { upTo: number; ids: Map<string, number> }>();
  return (urn, sourceSha256) => {
    if (!urn.startsWith('urn:uuid:')) return undefined;
    const known = made.get(sourceSha256) ?? made.set(sourceSha256, { upTo: 0, ids: new Map() }).get(sourceSha256);
    if (!known) return undefined;
    const found = known.ids.get(urn);
    if (found !== undefined) return found;
    while (known.upTo < maxRecoveredId) {
      known.upTo += 1;
      const name = annotationUrn({ id: known.upTo, sourceSha256 });
      known.ids.set(name, known.upTo);
      if (name === urn) return known.upTo;
    }
    return undefined;
  };
}
