import type { z } from 'zod';
import type { Api, ApiMethod, ApiOutput } from '../shared/api';
import type { Workbench } from './workbench';

export type ApiHandlers = {
  [M in ApiMethod]: (input: z.output<Api[M]['input']>) => Promise<ApiOutput<M>> | ApiOutput<M>;
};

/**
 * Binds every method of the contract to the Workbench. Main's worker and the e2e bridge
 * both call through this map, after validating the input against the contract.
 */
export function createApiHandlers(workbench: Workbench): ApiHandlers {
  return {
    'case:info': () => workbench.caseInfo(),
    'sources:list': () => workbench.listSources(),
    'sources:get': ({ id }) => workbench.getSource(id),
    'sources:import': ({ paths, ...limits }) => workbench.importPaths(paths, limits),
    'sources:cancel-import': () => workbench.cancelImport(),
    'sources:delete': ({ id }) => workbench.deleteSource(id),
    'sources:update-metadata': ({ id, field, value }) => workbench.updateMetadata(id, field, value),
    'search:query': ({ query, limit }) => workbench.search(query, limit),
    'audit:list': ({ limit }) => workbench.auditLog(limit),
    'analysis:run': () => workbench.analyse(),
    'analysis:cancel': () => workbench.cancelAnalysis(),
    'compare:result': () => workbench.comparison(),
    'compare:pair': ({ a, b }) => workbench.pairAlignment(a, b),
    'claims:list': () => workbench.claimsWithJudgements(),
    'claims:judge': (patch) => workbench.judgeClaim(patch),
    'claims:correct-mention': (correction) => (workbench.correctMention(correction), {}),
    'claims:merge': ({ claimIds, into }) => (workbench.mergeClaims(claimIds, into), {}),
    'claims:split': ({ claimId, mentions }) => ({ newClaimId: workbench.splitClaim(claimId, mentions) }),
    'codebook:list': () => workbench.codebook(),
    'codebook:import': ({ path }) => workbench.importCodebook(path),
    'sources:grade': ({ id, grade }) => (workbench.gradeSource(id, grade), {}),
    'sources:grades': () => workbench.sourceGrades(),
    'annotations:list': () => workbench.annotations(),
    'annotations:create': (input) => workbench.annotate(input),
    'annotations:update': (patch) => workbench.updateAnnotation(patch),
    'annotations:delete': ({ id }) => (workbench.deleteAnnotation(id), {}),
    'annotations:import': ({ path }) => workbench.importAnnotations(path),
    'history:state': () => workbench.history(),
    'history:undo': () => workbench.undo(),
    'history:redo': () => workbench.redo(),
    'dossier:preview': (options) => workbench.dossierPreview(options),
    'dossier:data': (options) => workbench.dossier(options),
  };
}
