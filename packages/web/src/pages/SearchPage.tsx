import { PageLinks } from '../components/PageLinks.tsx';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import '../components/knowledge/knowledge.css';
import '../components/projects/projects.css';
import { SearchFacets } from '../components/knowledge/SearchFacets.tsx';
import { SearchHitItem } from '../components/knowledge/SearchHitItem.tsx';
import { QueryResult } from '../components/QueryResult.tsx';
import { EmptyState } from '../components/StatusMessages.tsx';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useKnowledgeSearch } from '../hooks/use-knowledge-search.ts';
import { useSearchResults } from '../hooks/use-knowledge.ts';
import { searchPageSize, toSearchQuery } from '../routes/knowledge-search.ts';

const queryLanguages = ['en', 'th', 'km', 'lo', 'my', 'vi', 'id', 'ms', 'tl'] as const;

/** Search across cases, projects, cities and indicators, with facets and why each matched. */
export function SearchPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('knowledge.search.title'));
  const state = useKnowledgeSearch();
  const { search } = state;
  const results = useSearchResults(toSearchQuery(search));
  const [draft, setDraft] = useState(search.q ?? '');
  const [lang, setLang] = useState(search.lang ?? '');
  const [shown, setShown] = useState(search.q);
  if (shown !== search.q) {
    // The URL changed (header search, back button): show its query in the box.
    setShown(search.q);
    setDraft(search.q ?? '');
  }
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    state.setQuery(draft, lang || undefined);
  };
  const page = search.page ?? 1;
  return (
    <>
      <h1>{t('knowledge.search.title')}</h1>
      <p className="lead">{t('knowledge.search.intro')}</p>
      <form className="search-form" role="search" onSubmit={onSubmit}>
        <div className="field search-form__q">
          <label htmlFor="search-q">{t('knowledge.search.label')}</label>
          <input
            id="search-q"
            type="search"
            value={draft}
            maxLength={500}
            onChange={(e) => setDraft(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="search-lang">{t('knowledge.search.lang')}</label>
          <select id="search-lang" value={lang} onChange={(e) => setLang(e.target.value)}>
            <option value="">{t('knowledge.search.langAuto')}</option>
            {queryLanguages.map((code) => (
              <option key={code} value={code} lang={code}>
                {t(`knowledge.search.languages.${code}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          {t('knowledge.search.submit')}
        </button>
      </form>
      {!search.q ? (
        <p className="muted">{t('knowledge.search.start')}</p>
      ) : (
        <QueryResult query={results}>
          {(data) => (
            <>
              <SearchFacets facets={data.facets} search={search} onChange={state.setFacet} />
              {data.items.length === 0 ? (
                <EmptyState
                  title={t('knowledge.search.empty', { q: search.q })}
                  hint={t('knowledge.search.emptyHint')}
                />
              ) : (
                <section aria-label={t('knowledge.search.resultsLabel')}>
                  <p className="small muted" role="status">
                    {t('knowledge.search.count', { count: data.total })}
                  </p>
                  <ul className="search-hits">
                    {data.items.map((hit) => (
                      <SearchHitItem key={`${hit.kind}-${hit.id}-${hit.lang}`} hit={hit} />
                    ))}
                  </ul>
                  <PageLinks
                    to="/search"
                    page={page}
                    pageCount={Math.ceil(data.total / searchPageSize)}
                  />
                </section>
              )}
            </>
          )}
        </QueryResult>
      )}
    </>
  );
}
