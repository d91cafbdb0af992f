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
    'sources:import': ({ paths }) => workbench.importPaths(paths),
    'sources:cancel-import': () => workbench.cancelImport(),
    'sources:delete': ({ id }) => workbench.deleteSource(id),
    'sources:update-metadata': ({ id, field, value }) => workbench.updateMetadata(id, field, value),
    'search:query': ({ query, limit }) => workbench.search(query, limit),
    'audit:list': ({ limit }) => workbench.auditLog(limit),
  };
}
