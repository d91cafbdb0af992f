import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { NetworkStatus } from '../../../shared/api';
import { callBridge } from './callBridge';

export const queryKeys = {
  caseInfo: ['case-info'] as const,
  sources: ['sources'] as const,
  source: (id: number) => ['source', id] as const,
  search: (query: string) => ['search', query] as const,
  audit: ['audit'] as const,
  network: ['network'] as const,
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
