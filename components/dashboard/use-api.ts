'use client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { fetchApi } from '@/lib/query/fetch';
import { queryKeys } from '@/lib/query/keys';
import type { ViewQuery } from '@/lib/query/dashboard-queries';

/** One read-API view: keeps the previous data on screen (flagged stale) while a new filter loads. */
export function useApi<T>({ endpoint, query }: ViewQuery, enabled = true) {
  return useQuery({
    queryKey: queryKeys.api(endpoint, query),
    queryFn: ({ signal }) => fetchApi<T>(endpoint, query, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}
