'use client';
// The browser side of "the URL is the only source of filter state": read the filter and view from
// the address bar, and change them by pushing a new canonical address (Back and Forward walk through
// filter changes). Next.js keeps useSearchParams in step with history.pushState.
//
// In an embed the address also carries the embed options, which every change keeps, and changes
// replace the entry instead of pushing one: an iframe's history entries belong to the host page's
// Back button, which must not walk through the embed's filter changes.
import { usePathname, useSearchParams } from 'next/navigation';
import { useCallback, useMemo } from 'react';
import type { RecordFilter } from '../domain/filter';
import { DEFAULT_EMBED, parseEmbedParams, writeEmbedParams, type EmbedOptions } from './embed-params';
import {
  locationQuery,
  parseLocation,
  toVocabulary,
  type ParsedLocation,
  type VocabularyLists,
} from './location';
import { DEFAULT_VIEW, type ViewState } from './view-params';

export type Navigate = (filter: RecordFilter, view?: Partial<ViewState>, mode?: 'push' | 'replace') => void;

export function useFilterUrl(
  vocabulary: VocabularyLists,
  opts: { embed?: boolean } = {},
): ParsedLocation & { navigate: Navigate; embed: EmbedOptions } {
  const searchParams = useSearchParams();
  const pathname = usePathname();
  const vocab = useMemo(() => toVocabulary(vocabulary), [vocabulary]);
  const query = searchParams.toString();
  const isEmbed = !!opts.embed;
  const parsed = useMemo(() => {
    const params = new URLSearchParams(query);
    const location = parseLocation(params, vocab, { embed: isEmbed });
    if (!isEmbed) return { ...location, embed: DEFAULT_EMBED };
    const e = parseEmbedParams(params);
    return { ...location, issues: [...location.issues, ...e.issues], embed: e.options };
  }, [query, vocab, isEmbed]);

  const navigate = useCallback<Navigate>(
    (filter, view = {}, mode = 'push') => {
      // A new filter starts on the first page, keeping the chosen order, unless the caller says otherwise.
      let next = locationQuery(filter, { ...DEFAULT_VIEW, sort: parsed.view.sort, ...view });
      if (isEmbed) {
        const options = writeEmbedParams(new URLSearchParams(), parsed.embed).toString();
        next = [next, options].filter(Boolean).join('&');
      }
      const url = next ? `${pathname}?${next}` : pathname;
      if (mode === 'replace' || isEmbed) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
    },
    [pathname, parsed.view.sort, parsed.embed, isEmbed],
  );

  return { ...parsed, navigate };
}
