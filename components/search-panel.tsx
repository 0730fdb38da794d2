'use client';

import './styles/search.css';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import type { SearchIndexFiles } from '@/lib/routes';
import { getQueryTerms, type QueryTerm, type SearchManifest, type SearchResult } from '@/lib/search/index-layout';
import { FIRST_WAVE, openSearchIndex, RESULTS_PER_PAGE } from '@/lib/search/query-search-index';
import { SearchResults } from './search-results';

/** The panel's words, from the page's dictionary; `{{query}}` and `{{count}}` are filled in here. */
export interface SearchPanelStrings {
  label: string;
  placeholder: string;
  button: string;
  loading: string;
  failed: string;
  noResults: string;
  resultCount: string;
  showMore: string;
}

type State =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error' }
  | { status: 'done'; query: string; terms: QueryTerm[]; articles: number[]; results: SearchResult[]; pending: boolean };

const TYPING_PAUSE_MS = 200;

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => String(values[key] ?? whole));

/**
 * The search box and its results. Without JavaScript the form is a plain GET
 * to this page's address, so the query lands in the URL; once running, the
 * query is read from the URL (a shared link searches at once) and kept there
 * as the reader types. Nothing of the index is fetched until a query is run,
 * and then only the shards its words are in and the results on screen.
 */
export function SearchPanel({ action, files, manifest, strings }: { action: string; files: SearchIndexFiles; manifest: SearchManifest; strings: SearchPanelStrings }) {
  const [index] = useState(() => openSearchIndex({ files, manifest }));
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
        const articles = await index.search(query);
        if (ticket !== latest.current) return;
        const found = { status: 'done', query, terms: getQueryTerms(query, manifest.language), articles } as const;
        // The count is known one round trip before the results' text: say it at once, unless
        // earlier results are on screen (then they stay until the new ones arrive, so typing does not flicker).
        setState((s) => (s.status === 'done' ? s : { ...found, results: [], pending: articles.length > 0 }));
        const first = index.getResults(articles.slice(0, FIRST_WAVE));
        const rest = index.getResults(articles.slice(FIRST_WAVE, RESULTS_PER_PAGE));
        rest.catch(() => undefined); // awaited below; this keeps a failure before then from counting as unhandled
        const results = await first;
        if (ticket !== latest.current) return;
        setState({ ...found, results, pending: articles.length > FIRST_WAVE });
        const more = await rest;
        if (ticket === latest.current) setState({ ...found, results: [...results, ...more], pending: false });
      } catch {
        if (ticket === latest.current) setState({ status: 'error' });
      }
    },
    [index],
  );

  const showMore = async () => {
    if (state.status !== 'done') return;
    const ticket = latest.current;
    setState({ ...state, pending: true });
    try {
      const more = await index.getResults(state.articles.slice(state.results.length, state.results.length + RESULTS_PER_PAGE));
      if (ticket === latest.current) setState({ ...state, results: [...state.results, ...more], pending: false });
    } catch {
      if (ticket === latest.current) setState({ status: 'error' });
    }
  };

  useEffect(() => {
    if (!input.current) return;
    // What the reader typed before this ran wins over the address's query: the page's scripts start only after its
    // first paint (lib/deploy/scripts-after-paint.ts), and on a slow line a reader may have typed a whole query by then.
    const query = input.current.value || (new URLSearchParams(window.location.search).get('q') ?? '');
    if (!query) return;
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

  return (
    <div className="search-panel">
      <form role="search" action={action} method="get" onSubmit={onSubmit} className="search-form">
        <label htmlFor="search-query" className="visually-hidden">
          {strings.label}
        </label>
        <input ref={input} id="search-query" type="search" name="q" placeholder={strings.placeholder} autoComplete="off" enterKeyHint="search" onInput={onInput} />
        <button type="submit">{strings.button}</button>
      </form>
      <p className="search-status" role="status">
        {state.status === 'loading' ? strings.loading : null}
        {state.status === 'error' ? strings.failed : null}
        {state.status === 'done' ? (state.articles.length ? fill(strings.resultCount, { count: state.articles.length }) : fill(strings.noResults, { query: state.query })) : null}
      </p>
      {state.status === 'done' ? (
        <>
          <SearchResults results={state.results} terms={state.terms} language={manifest.language} busy={state.pending} />
          {state.results.length < state.articles.length && !state.pending ? (
            <button type="button" className="search-more" onClick={() => void showMore()}>
              {strings.showMore}
            </button>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
