import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { BridgeInput, NetworkStatus } from '../../../shared/api';
import { callBridge } from './callBridge';

export const queryKeys = {
  caseInfo: ['case-info'] as const,
  sources: ['sources'] as const,
  source: (id: number) => ['source', id] as const,
  search: (query: string) => ['search', query] as const,
  audit: ['audit'] as const,
  network: ['network'] as const,
  claims: ['claims'] as const,
  grades: ['grades'] as const,
  annotations: ['annotations'] as const,
  history: ['history'] as const,
  codebook: ['codebook'] as const,
};

export const useCaseInfo = () => useQuery({ queryKey: queryKeys.caseInfo, queryFn: () => callBridge('case:info', {}) });

export const useSources = () => useQuery({ queryKey: queryKeys.sources, queryFn: () => callBridge('sources:list', {}) });

export const useSource = (id: number | null) =>
  useQuery({
    queryKey: queryKeys.source(id ?? 0),
    queryFn: () => callBridge('sources:get', { id: id ?? 0 }),
    enabled: id !== null,
  });

export const useSearch = (query: string) =>
  useQuery({
    queryKey: queryKeys.search(query),
    queryFn: () => callBridge('search:query', { query, limit: 100 }),
    enabled: query.trim().length > 0,
    placeholderData: (previous) => previous,
  });

export const useAuditLog = () => useQuery({ queryKey: queryKeys.audit, queryFn: () => callBridge('audit:list', { limit: 500 }) });

export const useNetworkStatus = () =>
  useQuery({ queryKey: queryKeys.network, queryFn: () => callBridge('shell:network-status', {}) });

/** Keeps cached data true to the case: any change refetches, blocked requests update the status bar. */
export function useBridgeEvents(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const stopCase = window.workbench.on('case:did-change', () => void queryClient.invalidateQueries());
    const stopNetwork = window.workbench.on('shell:did-block-request', (status: NetworkStatus) =>
      queryClient.setQueryData(queryKeys.network, status),
    );
    return () => {
      stopCase();
      stopNetwork();
    };
  }, [queryClient]);
}

// The analyst's desk: claims with judgements, grades, annotations, undo history, origins.
export const useClaims = () => useQuery({ queryKey: queryKeys.claims, queryFn: () => callBridge('claims:list', {}) });

export const useSourceGrades = () => useQuery({ queryKey: queryKeys.grades, queryFn: () => callBridge('sources:grades', {}) });

export const useAnnotations = () => useQuery({ queryKey: queryKeys.annotations, queryFn: () => callBridge('annotations:list', {}) });

export const useHistory = () => useQuery({ queryKey: queryKeys.history, queryFn: () => callBridge('history:state', {}) });

export const useCodebook = () => useQuery({ queryKey: queryKeys.codebook, queryFn: () => callBridge('codebook:list', {}) });

export const compareQueryKeys = {
  result: ['compare-result'] as const,
  pair: (a: number, b: number) => ['compare-pair', a, b] as const,
};

export const useComparison = () =>
  useQuery({ queryKey: compareQueryKeys.result, queryFn: () => callBridge('compare:result', {}) });

export const useComparePair = (a: number | null, b: number | null) =>
  useQuery({
    queryKey: compareQueryKeys.pair(a ?? 0, b ?? 0),
    queryFn: () => callBridge('compare:pair', { a: a ?? 0, b: b ?? 0 }),
    enabled: a !== null && b !== null && a !== b,
  });

// The dossier: a preview rendered by the Workbench from the chosen options, and the export.
export const useDossierPreview = (options: BridgeInput<'dossier:preview'>) =>
  useQuery({
    queryKey: ['dossier-preview', options] as const,
    queryFn: () => callBridge('dossier:preview', options),
    placeholderData: (previous) => previous,
  });

export const useDossierExport = () =>
  useMutation({ mutationFn: (input: BridgeInput<'dossier:export'>) => callBridge('dossier:export', input) });
