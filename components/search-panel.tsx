'use client';

import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getQueryTerms } from '@/lib/search/highlight';
import { loadSearchIndex, querySearchIndex } from '@/lib/search/query-search-index';
import type { SearchResult } from '@/lib/search/search-options';
import { SearchResults } from './search-results';

type State = { status: 'idle' } | { status: 'loading' } | { status: 'error' } | { status: 'done'; query: string; results: SearchResult[] };

const TYPING_PAUSE_MS = 200;

/**
 * The search box and its results. Without JavaScript the form is a plain GET
 * to this page's address, so the query lands in the URL; once running, the
 * query is read from the URL (a shared link searches at once) and kept there
 * as the reader types. The index is fetched on first use only.
 */
export function SearchPanel({ action, indexUrl }: { action: string; indexUrl: string }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const latest = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const [state, setState] = useState<State>({ status: 'idle' });

  const run = useCallback(
    async (raw: string) => {
      const query = raw.trim();
      const ticket = ++latest.current;
      const url = new URL(window.location.href);
      if (query) url.searchParams.set('q', query);
      else url.searchParams.delete('q');
      window.history.replaceState(window.history.state, '', url);
      if (!query) return setState({ status: 'idle' });
      setState((s) => (s.status === 'done' ? s : { status: 'loading' }));
      try {
        const results = querySearchIndex(await loadSearchIndex(indexUrl), query);
        if (ticket === latest.current) setState({ status: 'done', query, results });
      } catch {
        if (ticket === latest.current) setState({ status: 'error' });
      }
    },
    [indexUrl],
  );

  useEffect(() => {
    const query = new URLSearchParams(window.location.search).get('q') ?? '';
    if (!query || !input.current) return;
    input.current.value = query;
    void run(query);
  }, [run]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clearTimeout(timer.current);
    void run(input.current?.value ?? '');
  };
  const onInput = () => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void run(input.current?.value ?? ''), TYPING_PAUSE_MS);
  };
  const warmUp = () => void loadSearchIndex(indexUrl).catch(() => undefined);

  return (
    <div className="search-panel">
      <form role="search" action={action} method="get" onSubmit={onSubmit} className="search-form">
        <label htmlFor="search-query" className="visually-hidden">
          {t('searchLabel')}
        </label>
        <input ref={input} id="search-query" type="search" name="q" placeholder={t('searchPlaceholder')} autoComplete="off" enterKeyHint="search" onInput={onInput} onFocus={warmUp} />
        <button type="submit">{t('searchButton')}</button>
      </form>
      <p className="search-status" role="status">
        {state.status === 'loading' ? t('searchLoading') : null}
        {state.status === 'error' ? t('searchFailed') : null}
        {state.status === 'done' ? (state.results.length ? t('searchResultCount', { count: state.results.length }) : t('searchNoResults', { query: state.query })) : null}
      </p>
      {state.status === 'done' ? <SearchResults results={state.results} terms={getQueryTerms(state.query)} /> : null}
    </div>
  );
}
