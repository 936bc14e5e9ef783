'use client';
// The browser side of "the URL is the only source of filter state": read the filter and view from
// the address bar, and change them by pushing a new canonical address (Back and Forward walk through
// filter changes). Next.js keeps useSearchParams in step with history.pushState.
import { usePathname, useSearchParams } from 'next/navigation';
import { useCallback, useMemo } from 'react';
import type { RecordFilter } from '../domain/filter';
import {
  locationQuery,
  parseLocation,
  toVocabulary,
  type ParsedLocation,
  type VocabularyLists,
} from './location';
import { DEFAULT_VIEW, type ViewState } from './view-params';

export type Navigate = (filter: RecordFilter, view?: Partial<ViewState>, mode?: 'push' | 'replace') => void;

export function useFilterUrl(vocabulary: VocabularyLists): ParsedLocation & { navigate: Navigate } {
  const searchParams = useSearchParams();
  const pathname = usePathname();
  const vocab = useMemo(() => toVocabulary(vocabulary), [vocabulary]);
  const query = searchParams.toString();
  const parsed = useMemo(() => parseLocation(new URLSearchParams(query), vocab), [query, vocab]);

  const navigate = useCallback<Navigate>(
    (filter, view = {}, mode = 'push') => {
      // A new filter starts on the first page, keeping the chosen order, unless the caller says otherwise.
      const next = locationQuery(filter, { ...DEFAULT_VIEW, sort: parsed.view.sort, ...view });
      const url = next ? `${pathname}?${next}` : pathname;
      if (mode === 'replace') window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
    },
    [pathname, parsed.view.sort],
  );

  return { ...parsed, navigate };
}
