// The analyst's tags as a REFI-QDA code list, shared by the codebook (.qdc) and the project
// (.qdpx) so the two always hold the same codes with the same GUIDs.
import type { Dossier } from '../../../shared/dossier';
import { stableUuid } from './stableUuid';

export const refiCodeGuid = (tag: string) => stableUuid(`refi-code:${tag}`);

export interface RefiQdaCode {
  tag: string;
  guid: string;
  /** Where the tag is used in the case, for the QDA tool's code memo. */
  description: string;
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** Every tag on the dossier's annotations and claims, sorted by code unit so the order never depends on a locale. */
export function refiQdaCodes(dossier: Dossier): RefiQdaCode[] {
  const uses = new Map<string, { annotations: number; claims: number }>();
  const use = (tag: string) => uses.get(tag) ?? uses.set(tag, { annotations: 0, claims: 0 }).get(tag) ?? { annotations: 0, claims: 0 };
  for (const annotation of dossier.annotations) for (const tag of new Set(annotation.tags)) use(tag).annotations += 1;
  for (const claim of dossier.claims) for (const tag of new Set(claim.judgement.tags)) use(tag).claims += 1;
  return [...uses.keys()].sort().map((tag) => {
    const count = uses.get(tag) ?? { annotations: 0, claims: 0 };
    return { tag, guid: refiCodeGuid(tag), description: `Triangulate tag on ${plural(count.annotations, 'annotation')} and ${plural(count.claims, 'claim')}.` };
  });
}
